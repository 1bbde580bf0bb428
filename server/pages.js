// Which document answers a page request (issue 15: pages arrive readable).
//   /                      → 302 to the browser's best language (Accept-Language; else ru).
//                            A saved language is on the phone: its service worker answers "/"
//                            with the app page, which goes to the saved one.
//   /{lang}/…/             → that page prerendered (dist/{lang}/…/index.html), with or
//                            without the trailing slash
//   /{lang}/search         → the language's shell (dist/shell/{lang}.html): search needs its
//                            query and the phone's index
//   anything else          → 404 with the prerendered not-found page of the best language
//                            (the URL's language if it has one), which links home.
import fs from 'node:fs';
import path from 'node:path';
import { isLang, negotiateLang } from '../src/shared/langs.js';

const SEGMENT = /^[a-z0-9-]{1,80}$/;

/** "uz-UZ,uz;q=0.9,ru;q=0.8" → ['uz-UZ', 'uz', 'ru'] in order of preference. */
export function acceptedLanguages(header = '') {
  return header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag && x.tag !== '*' && x.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((x) => x.tag);
}

/**
 * @param {string} distDir
 * @param {string} urlPath the path, without the query
 * @param {string | undefined} acceptLanguage
 * @returns {{ redirect: string } | { file: string, status: number }}
 */
export function resolvePage(distDir, urlPath, acceptLanguage) {
  const best = () => negotiateLang(acceptedLanguages(acceptLanguage));
  if (urlPath === '/' || urlPath === '') return { redirect: `/${best()}/` };
  let parts;
  try {
    parts = urlPath.split('/').slice(1).map(decodeURIComponent);
  } catch {
    parts = ['\u0000'];
  }
  if (parts[parts.length - 1] === '') parts.pop();
  const lang = isLang(parts[0]) ? parts[0] : null;
  const notFound = { file: `404/${lang ?? best()}.html`, status: 404 };
  if (!lang || !parts.every((p) => SEGMENT.test(p))) return notFound;
  if (parts.length === 2 && parts[1] === 'search') return { file: `shell/${lang}.html`, status: 200 };
  const file = path.posix.join(...parts, 'index.html');
  return fs.existsSync(path.join(distDir, file)) ? { file, status: 200 } : notFound;
}
