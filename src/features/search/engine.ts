// Offline search over one language's pack: the index was built when the pack was imported and is
// only loaded here (once per pack version), so a keystroke costs a query, not an index.
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { SEARCH_OPTIONS, foldTerm, tokenize } from '../../shared/fold.js';
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
const processQueryTerm = SEARCH_OPTIONS.searchOptions.processTerm;

/** The word with two neighbouring letters swapped, each way ("шокла" → "школа", …). */
export function swaps(word: string): string[] {
  const chars = [...word];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] === chars[i + 1]) continue;
    const c = [...chars];
    [c[i], c[i + 1]] = [c[i + 1], c[i]];
    out.add(c.join(''));
  }
  return [...out];
}

/** Folded but not stemmed: "шкла" stays "skla", one letter from "skola" (stemmed it is "skl"). */
const foldOnly = (t: string) => {
  const f = foldTerm(t);
  return f.length > 1 ? f : null;
};

/**
 * One query group per word:
 *  - the word as the index expects it (folded, lightly stemmed), with prefix matching;
 *  - the word folded but not stemmed, allowing one slip (a missing, extra or wrong letter;
 *    from 3 letters on, since a 4-letter word missing one has 3; a fifth of the length for
 *    long words): the stem of a short word is too short to be fuzzy about;
 *  - for short everyday words (4–6 letters), the word with two neighbouring letters swapped,
 *    matched exactly: edit distance counts a swap as two slips, too loose for short words.
 */
export function queryGroups(q: string, only?: Set<string>): { terms: Set<string>; query: Query }[] {
  const seen = new Set<string>();
  const groups: { terms: Set<string>; query: Query }[] = [];
  for (const word of tokenize(q)) {
    const term = processQueryTerm(word);
    if (!term || seen.has(term)) continue;
    seen.add(term);
    const length = [...word].length;
    if (only && !only.has(term)) {
      // A word the first pass found: asked as before, no variants.
      groups.push({ terms: new Set([term]), query: { queries: [word], fuzzy: length >= 5 ? 0.2 : 0, prefix: true } });
      continue;
    }
    const fuzzy = length >= 10 ? 0.2 : length >= 3 ? 1 : 0;
    const swapped = length >= 4 && length <= 6 ? swaps(word) : [];
    const folded = foldOnly(word);
    const terms = new Set([term, ...(folded ? [folded] : []), ...swapped.map(processQueryTerm).filter((t): t is string => !!t)]);
    const queries: Query[] = [{ queries: [word], fuzzy: length >= 10 ? 0.2 : 0, prefix: true }];
    if (fuzzy) queries.push({ queries: [word], fuzzy, prefix: false, processTerm: foldOnly });
    if (swapped.length) queries.push({ queries: swapped, fuzzy: 0, prefix: true, combineWith: 'OR' });
    groups.push({ terms, query: { combineWith: 'OR', queries } });
  }
  return groups;
}

/**
 * The reader's own language first; then Russian matches for items the own-language query
 * missed, shown with their own-language title (every item exists in every language).
 */
export function runSearch(index: LoadedIndex, query: string, limit = 30): Hit[] {
  const q = query.trim();
  if (!q) return [];
  const started = performance.now();
  // All words must match; if that finds nothing, any word may. One OR pass answers both:
  // MiniSearch scores a document the same either way, and the ones that matched every query
  // word are exactly the AND results. A second pass runs only when a word matched nothing at
  // all (a slip of the finger), with typo variants for that word alone, so a correctly typed
  // query costs what it did (p95 unchanged in Node's CPU time; typo queries cost ~2 passes).
  const wordsOf = (groups: { terms: Set<string> }[], r: SearchResult) => groups.filter((g) => r.queryTerms.some((t) => g.terms.has(t))).length;
  // Pass 1, as the index expects the words (fast). Only when some word matched nothing at all,
  // likely a slip of the finger, pass 2 asks again with the typo variants (queryGroups).
  const plain = tokenize(q)
    .map((word) => ({ word, term: processQueryTerm(word) }))
    .filter((w): w is { word: string; term: string } => !!w.term)
    .filter((w, i, all) => all.findIndex((o) => o.term === w.term) === i)
    .map((w) => ({ terms: new Set([w.term]), word: w.word }));
  if (!plain.length) return [];
  // The Russian fallback index is asked plainly: a Kazakh word is no typo of a Russian one.
  const query_ = (mini: MiniSearch, typos = true) => {
    let groups: { terms: Set<string> }[] = plain;
    let any = mini.search(q, { combineWith: 'OR' });
    const unmatched = typos ? plain.filter((g) => !any.some((r) => r.queryTerms.some((t) => g.terms.has(t)))) : [];
    if (unmatched.length) {
      const typo = queryGroups(q, new Set(unmatched.flatMap((g) => [...g.terms])));
      groups = typo;
      any = mini.search({ combineWith: 'OR', queries: typo.map((g) => g.query) });
    }
    const all = any.filter((r) => wordsOf(groups, r) >= groups.length);
    return all.length ? all : any;
  };
  const own = query_(index.own);
  const seen = new Set(own.map(key));
  const extra = (index.ru ? query_(index.ru, false) : []).filter((r) => !seen.has(key(r)));
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
