// Offline search over one language's pack: the index was built at build time and is
// only loaded here (once per pack version), so a keystroke costs a query, not an index.
import MiniSearch, { type SearchResult } from 'minisearch';
import { SEARCH_OPTIONS, tokenize } from '../../shared/fold.js';
import type { Lang } from '../../shared/langs.js';
import type { SearchIndexRecord } from '../../data/db';

export type Kind = 'rights' | 'checklists' | 'map';
export interface Hit {
  kind: Kind;
  ref: string;
  title: string;
  summary: string;
  /** Found through the Russian text only (shown with a small note). */
  viaRussian: boolean;
}

export interface LoadedIndex {
  own: MiniSearch;
  ru?: MiniSearch;
}

export function loadIndex(record: SearchIndexRecord): LoadedIndex {
  return {
    own: MiniSearch.loadJSON(record.index, SEARCH_OPTIONS),
    ru: record.ru ? MiniSearch.loadJSON(record.ru, SEARCH_OPTIONS) : undefined,
  };
}

const key = (r: SearchResult) => `${r.kind}:${r.ref}`;

/**
 * The reader's own language first; then Russian matches for items the own-language query
 * missed, shown with their own-language title (every item exists in every language).
 */
export function runSearch(index: LoadedIndex, query: string, limit = 30): Hit[] {
  const q = query.trim();
  if (!q) return [];
  const started = performance.now();
  // All words must match; if that finds nothing (a typo in one word), any word may. One
  // OR pass answers both: MiniSearch scores a document the same either way, and the ones
  // that matched every query term are exactly the AND results (half the work of a second
  // pass when the first finds nothing, which is when a phone is slowest).
  const wanted = new Set(tokenize(q).map(SEARCH_OPTIONS.searchOptions.processTerm).filter(Boolean)).size;
  const query_ = (mini: MiniSearch) => {
    const any = mini.search(q, { combineWith: 'OR' });
    const all = any.filter((r) => r.queryTerms.length >= wanted);
    return all.length ? all : any;
  };
  const own = query_(index.own);
  const seen = new Set(own.map(key));
  const extra = (index.ru ? query_(index.ru) : []).filter((r) => !seen.has(key(r)));
  const hits: Hit[] = [
    ...own.map((r) => ({ kind: r.kind, ref: r.ref, title: r.title, summary: r.summary, viaRussian: false })),
    ...extra.flatMap((r) => {
      const mine = index.own.getStoredFields(r.id);
      return mine ? [{ kind: r.kind, ref: r.ref, title: String(mine.title), summary: String(mine.summary), viaRussian: true }] : [];
    }),
  ].slice(0, limit);
  // Measured by `npm run bench` (search latency p50/p95) from the real code path.
  performance.measure('qadam-search', { start: started, end: performance.now() });
  return hits;
}

export type { Lang };
