// Imports one language's content pack into Dexie in ONE transaction that spans only the
// content tables. Two guarantees follow, and tests hold them:
//   - user data (settings, children, progress, outbox) is outside the transaction, so it
//     cannot change;
//   - if anything fails half-way, IndexedDB rolls back and the previous content stays.
// The pack's own search index is built here, before the transaction (a transaction must not
// wait on other work), from the pack itself by the module the build uses for the Russian one.
import type { QadamDB, ArticleRecord, ChecklistRecord, PointRecord, SearchIndexRecord } from './db';
import type { Lang } from '../shared/langs.js';
import { isLang } from '../shared/langs.js';

type WithoutLang<T> = Omit<T, 'lang'>;

export interface Pack {
  lang: Lang;
  hash: string;
  articles: WithoutLang<ArticleRecord>[];
  checklists?: WithoutLang<ChecklistRecord>[];
  points?: WithoutLang<PointRecord>[];
  /** Only the Russian fallback index ships (absent in the Russian pack); the own one is built on import. */
  search?: { ru?: string };
}

export class PackError extends Error {
  name = 'PackError';
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object';

/** Cheap shape check before touching the database: a truncated download must not import. */
export function assertPack(value: unknown, lang: Lang, hash: string): asserts value is Pack {
  const p = value as Partial<Pack> | null;
  if (!isObj(p)) throw new PackError('pack is not an object');
  if (!isLang(p.lang) || p.lang !== lang) throw new PackError(`pack is for ${String(p.lang)}, expected ${lang}`);
  if (p.hash !== hash) throw new PackError(`pack hash ${String(p.hash)} does not match ${hash}`);
  if (!Array.isArray(p.articles)) throw new PackError('pack has no articles list');
  for (const a of p.articles) {
    if (!isObj(a) || typeof a.slug !== 'string' || typeof a.title !== 'string' || typeof a.html !== 'string') {
      throw new PackError('pack has a malformed article');
    }
  }
  for (const [name, list] of [['checklists', p.checklists], ['points', p.points]] as const) {
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((x) => !isObj(x) || typeof x.id !== 'string')) {
      throw new PackError(`pack has malformed ${name}`);
    }
  }
  if (p.search !== undefined && (!isObj(p.search) || (p.search.ru !== undefined && typeof p.search.ru !== 'string'))) {
    throw new PackError('pack has a malformed search index');
  }
}

/**
 * The search record for a pack, as the search page reads it: the pack's own index, built
 * here from its articles, checklists and points, plus the Russian fallback it carries.
 * MiniSearch loads only now, so its bytes are paid when content arrives, not on the home page.
 */
export async function searchRecord(pack: Pack): Promise<SearchIndexRecord> {
  const { buildSearchIndex } = await import('../shared/search-docs.js');
  const index = buildSearchIndex(pack.lang, pack);
  return { lang: pack.lang, index, ...(pack.search?.ru ? { ru: pack.search.ru } : {}) };
}

export async function importPack(db: QadamDB, pack: Pack): Promise<void> {
  const { lang } = pack;
  const search = await searchRecord(pack);
  const withLang = <T extends object>(rows: T[] = []) => rows.map((r) => ({ ...r, lang }));
  await db.transaction('rw', [db.packs, db.articles, db.checklists, db.points, db.search], async () => {
    await Promise.all([db.articles, db.checklists, db.points].map((t) => t.where('lang').equals(lang).delete()));
    await db.articles.bulkAdd(withLang(pack.articles));
    await db.checklists.bulkAdd(withLang(pack.checklists));
    await db.points.bulkAdd(withLang(pack.points));
    await db.search.put(search);
    await db.packs.put({ lang, hash: pack.hash, importedAt: new Date().toISOString() });
  });
}
