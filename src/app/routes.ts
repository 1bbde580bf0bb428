// Parses a path of the public URL contract (docs/contracts.md) into a page and an id.
// Kept free of React so the contract can be unit-tested line by line.
import { isLang, type Lang } from '../shared/langs.js';

import { PAGES } from '../shared/facts.js';

export { PAGES };
export type Page = (typeof PAGES)[number];
// Pages that take an item id: /{lang}/rights/{slug}, /{lang}/checklists/{id}, /{lang}/map/{pointId}
const WITH_ID = new Set<Page>(['rights', 'checklists', 'map']);

export type Route =
  | { kind: 'root' }
  | { kind: 'page'; lang: Lang; page: Page; id?: string }
  | { kind: 'notFound'; lang: Lang | null };

export function parsePath(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { kind: 'root' };
  const parts = pathname.split('/').slice(1);
  if (parts[parts.length - 1] === '') parts.pop(); // "/kk/rights/" ≡ "/kk/rights"
  const [lang, page = '', id, ...extra] = parts.map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return '\u0000'; // malformed escape: never matches anything
    }
  });
  if (!isLang(lang)) return { kind: 'notFound', lang: null };
  if (!(PAGES as readonly string[]).includes(page) || extra.length) return { kind: 'notFound', lang };
  const p = page as Page;
  if (id !== undefined && !WITH_ID.has(p)) return { kind: 'notFound', lang };
  if (id !== undefined && !/^[a-z0-9-]{1,80}$/.test(id)) return { kind: 'notFound', lang };
  return { kind: 'page', lang, page: p, id };
}

export const pathFor = (lang: Lang, page: Page = '', id?: string) =>
  `/${lang}/${page}${id ? `/${id}` : ''}`.replace(/\/$/, page === '' ? '/' : '');
