// The six languages of the URL contract (docs/contracts.md). Order = order in the switcher.
export const LANGS = ['ru', 'kk', 'uz', 'ky', 'tg', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ru';

// Each language's own name, so a reader finds theirs without reading the current one.
export const LANG_NAMES: Record<Lang, string> = {
  ru: 'Русский',
  kk: 'Қазақша',
  uz: 'Oʻzbekcha',
  ky: 'Кыргызча',
  tg: 'Тоҷикӣ',
  en: 'English',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * Best match for the browser's languages: "uz-Latn-UZ" → uz, "kk-KZ" → kk, "tj" (a common
 * mistake for Tajik) → tg. Falls back to Russian, the language most families read some of.
 */
export function negotiateLang(preferred: readonly string[] | undefined): Lang {
  for (const tag of preferred ?? []) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const mapped = base === 'tj' ? 'tg' : base;
    if (isLang(mapped)) return mapped;
  }
  return DEFAULT_LANG;
}
