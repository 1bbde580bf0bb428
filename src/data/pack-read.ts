// A language's content read back from Dexie in the shape of the pack it was imported from
// (public/packs/{lang}.{hash}.json, minus the search index). The one-file kit is rendered from
// it on the phone, by the same renderer the build runs on the pack file. Content tables only:
// the family's own tables (children, progress, settings, outbox) are not read here at all.
import type { Lang } from '../shared/langs.js';
import type { ArticleRecord, ChecklistRecord, PointRecord } from './db';
import { getDb } from './database';

type WithoutLang<T> = Omit<T, 'lang'>;

export interface ContentPack {
  lang: Lang;
  articles: WithoutLang<ArticleRecord>[];
  checklists: WithoutLang<ChecklistRecord>[];
  points: WithoutLang<PointRecord>[];
}

const withoutLang = <T extends { lang: Lang }>(rows: T[]): WithoutLang<T>[] => rows.map(({ lang: _lang, ...rest }) => rest);

export async function readPack(lang: Lang): Promise<ContentPack> {
  const db = await getDb();
  // One read transaction: an import running at the same moment is either all in or not at all.
  const [articles, checklists, points] = await db.transaction('r', [db.articles, db.checklists, db.points], () =>
    Promise.all([
      db.articles.where('lang').equals(lang).toArray(),
      db.checklists.where('lang').equals(lang).toArray(),
      db.points.where('lang').equals(lang).toArray(),
    ]),
  );
  return { lang, articles: withoutLang(articles), checklists: withoutLang(checklists), points: withoutLang(points) };
}
