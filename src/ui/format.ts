// Dates, numbers and sizes in the reader's language: the one place the app formats them.
// The patterns and month names are CLDR's, taken from Node's full ICU at build time
// (scripts/content/formats.js), not from the phone's Intl: Debian's Chromium has only stubs
// for kk and uz and nothing for ky and tg (it falls back to the browser's language), and a
// page must read the same whatever the phone's ICU. Units are UI strings (settings.kB…).
import formats from '../generated/formats.json';

type LangFormat = (typeof formats)['en'];
const table = formats as Record<string, LangFormat>;
const of = (lang: string): LangFormat => table[lang] ?? table.en;

const fill = (pattern: string, values: Record<string, string>) => pattern.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** 1234.5 → "1 234,5" (ru) / "1,234.5" (en). */
export function formatNumber(value: number, lang: string, fractionDigits = 0, minFractionDigits = 0): string {
  const f = of(lang);
  const fixed = Math.abs(value).toFixed(fractionDigits);
  let [int, frac = ''] = fixed.split('.');
  frac = frac.replace(/0+$/, '').padEnd(minFractionDigits, '0');
  if (int.length > 3) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, f.group); // all six group from 1 000 (CLDR)
  return `${value < 0 ? '-' : ''}${int}${frac ? f.decimal + frac : ''}`;
}

/**
 * A content date: "2026-11-28" → "28 ноября 2026 г.", "2023-12" → "декабрь 2023 г.",
 * "2016" → "2016". Anything else (a source's "n.d.", "~2020") is returned as it is, for the
 * caller to word.
 */
export function formatDate(iso: string, lang: string): string {
  const f = of(lang);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return iso;
  const [, year, month, day] = m;
  if (!month) return fill(f.year, { year });
  const mi = Number(month) - 1;
  if (mi < 0 || mi > 11) return iso;
  if (!day) return fill(f.monthYear, { year, month: f.monthsAlone[mi] });
  return fill(f.date, { year, month: f.months[mi], day: String(Number(day)) });
}

/** A moment on this phone's clock: "28 нояб. 2026 г., 21:05". */
export function formatDateTime(at: Date, lang: string): string {
  const f = of(lang);
  const h = at.getHours();
  const hour = f.hour12 ? String(h % 12 || 12) : String(h);
  return fill(f.dateTime, {
    year: String(at.getFullYear()),
    month: f.monthsShort[at.getMonth()],
    day: String(at.getDate()),
    hour,
    minute: String(at.getMinutes()).padStart(2, '0'),
    dayPeriod: f.dayPeriods[h < 12 ? 0 : 1],
  });
}

type Translate = (key: string, options: { n: string }) => string;

/** Sizes: "315,6 кБ", "2,6 MB"; the unit word is the language's own (UI strings settings.kB/MB). */
export function formatBytes(bytes: number, lang: string, t: Translate): string {
  if (bytes >= 1024 * 1024) return t('settings.MB', { n: formatNumber(bytes / (1024 * 1024), lang, 1) });
  return t('settings.kB', { n: formatNumber(Math.max(1, bytes / 1024), lang, 1) });
}
