// @ts-check
// The six languages of the URL contract (docs/contracts.md), written once for the page, the
// service worker, the server and the build scripts. Order = order in the language switchers.
// Plain JS (with JSDoc types) so Node scripts and the server import it without a compiler.

export const LANGS = /** @type {const} */ (['ru', 'kk', 'uz', 'ky', 'tg', 'en']);
/** @typedef {typeof LANGS[number]} Lang */

/** @type {Lang} */
export const DEFAULT_LANG = 'ru';

/**
 * Each language's own name, so a reader finds theirs without reading the current one.
 * @type {Record<Lang, string>}
 */
export const LANG_NAMES = {
  ru: 'Русский',
  kk: 'Қазақша',
  uz: 'Oʻzbekcha',
  ky: 'Кыргызча',
  tg: 'Тоҷикӣ',
  en: 'English',
};

/**
 * @param {unknown} value
 * @returns {value is Lang}
 */
export function isLang(value) {
  return typeof value === 'string' && /** @type {readonly string[]} */ (LANGS).includes(value);
}

/**
 * Best match for the browser's languages: "uz-Latn-UZ" → uz, "kk-KZ" → kk, "tj" (a common
 * mistake for Tajik) → tg. Falls back to Russian, the language most families read some of.
 * @param {readonly string[] | undefined} preferred
 * @returns {Lang}
 */
export function negotiateLang(preferred) {
  for (const tag of preferred ?? []) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const mapped = base === 'tj' ? 'tg' : base;
    if (isLang(mapped)) return mapped;
  }
  return DEFAULT_LANG;
}
