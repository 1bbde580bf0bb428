// The content reads pages make, each with the key its first-render value has in the snapshot
// (./snapshot.ts). The same key is filled from the pack file at build time (src/app/prerender.tsx)
// and from Dexie before hydrating (src/app/boot.tsx), so both must give what `query` gives.
import type { Lang } from '../shared/langs.js';
import { db, type ArticleRecord, type ChecklistRecord, type PointRecord } from './db';
import type { ContentRead } from './snapshot';

export const reads = {
  /** null = not in this language's pack. */
  article: (lang: Lang, slug: string): ContentRead<ArticleRecord | null> => ({
    key: `article/${lang}/${slug}`,
    query: async () => (await db.articles.get([lang, slug])) ?? null,
    deps: [lang, slug],
  }),
  articles: (lang: Lang): ContentRead<ArticleRecord[]> => ({
    key: `articles/${lang}`,
    query: () => db.articles.where('lang').equals(lang).toArray(),
    deps: [lang],
  }),
  checklist: (lang: Lang, id: string): ContentRead<ChecklistRecord | null> => ({
    key: `checklist/${lang}/${id}`,
    query: async () => (await db.checklists.get([lang, id])) ?? null,
    deps: [lang, id],
  }),
  checklists: (lang: Lang): ContentRead<ChecklistRecord[]> => ({
    key: `checklists/${lang}`,
    query: () => db.checklists.where('lang').equals(lang).toArray(),
    deps: [lang],
  }),
  point: (lang: Lang, id: string): ContentRead<PointRecord | null> => ({
    key: `point/${lang}/${id}`,
    query: async () => (await db.points.get([lang, id])) ?? null,
    deps: [lang, id],
  }),
  points: (lang: Lang): ContentRead<PointRecord[]> => ({
    key: `points/${lang}`,
    query: () => db.points.where('lang').equals(lang).toArray(),
    deps: [lang],
  }),
};
