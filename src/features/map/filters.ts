// The map page's URL state: ?category=a,b (checklist steps link to it) and ?view=map|list.
import { POINT_CATEGORIES } from '../../shared/taxonomy.js';

export type View = 'list' | 'map';

/** Known categories from ?category=a,b, in taxonomy order, without duplicates. */
export function parseCategories(search: string): string[] {
  const raw = new URLSearchParams(search).get('category') ?? '';
  const wanted = new Set(raw.split(',').map((s) => s.trim()).filter(Boolean));
  return POINT_CATEGORIES.filter((c) => wanted.has(c));
}

export function parseView(search: string): View | null {
  const v = new URLSearchParams(search).get('view');
  return v === 'map' || v === 'list' ? v : null;
}

/** The query string for a new filter or view, keeping every other parameter (e.g. ?src=). */
export function withParams(search: string, changes: { categories?: string[]; view?: View }): string {
  const params = new URLSearchParams(search);
  if (changes.categories) {
    if (changes.categories.length) params.set('category', changes.categories.join(','));
    else params.delete('category');
  }
  if (changes.view) params.set('view', changes.view);
  const qs = params.toString().replace(/%2C/g, ',');
  return qs ? `?${qs}` : '';
}

/** Categories in taxonomy order: the order of the filter chips and of the list. */
export const categoryRank = (c: string) => {
  const i = POINT_CATEGORIES.indexOf(c);
  return i === -1 ? POINT_CATEGORIES.length : i;
};

/** Plain code-unit order: the same in Node and in every browser (localeCompare is not). */
const codeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The list's order: by kind, then alphabetically in the page's language, as the content build
 * ranked the names with Node's full ICU (nameRank). Never the phone's localeCompare: its ICU may
 * lack the language (Debian's Chromium has no uz collation), and then the hydrated list would
 * differ from the prerendered one. A pack from before nameRank falls back to code-unit order.
 */
export function comparePlaces(a: { category: string; name: string; nameRank?: number }, b: typeof a): number {
  return (
    categoryRank(a.category) - categoryRank(b.category) ||
    (a.nameRank !== undefined && b.nameRank !== undefined ? a.nameRank - b.nameRank : codeUnits(a.name, b.name))
  );
}
