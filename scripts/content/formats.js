// Dates and numbers for the six languages, as the Unicode CLDR writes them, taken at build time
// from Node's own Intl (full ICU; CLDR 48 on Node 24) and written to src/generated/formats.json.
//
// Why not Intl on the phone: browsers carry different ICU data. Debian's Chromium knows kk and
// uz only by name ("2026 M11 28", "315.6 кБ" on a Latin page) and has no ky or tg at all, so it
// silently formats those in the browser's language (Russian "28 нояб. 2026 г." on a Kyrgyz
// page). Build-time data gives every phone the same, correct text, and the same text a page
// prerendered in Node has. src/ui/format.ts reads this file.
import { LANGS } from '../../src/shared/langs.js';

const SAMPLE = new Date(Date.UTC(2026, 10, 28, 21, 5)); // 28 Nov 2026, 21:05: day ≠ month, two-digit hour
const UTC = { timeZone: 'UTC' };

/** "{day} {month} {year}"-style pattern from formatToParts; literals kept as they are. */
function pattern(lang, options) {
  return new Intl.DateTimeFormat(lang, { ...options, ...UTC })
    .formatToParts(SAMPLE)
    .map((p) => (p.type === 'literal' ? p.value : `{${p.type}}`))
    .join('');
}

/** The twelve month names in the form a pattern uses them (ru: "ноября" in a date, "ноябрь" alone). */
function months(lang, options) {
  return Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(lang, { ...options, ...UTC }).formatToParts(new Date(Date.UTC(2026, m, 15, 12))).find((p) => p.type === 'month').value,
  );
}

export function buildFormats() {
  const missing = LANGS.filter((l) => !Intl.DateTimeFormat.supportedLocalesOf([l]).length);
  if (missing.length) throw new Error(`formats: this Node has no locale data for ${missing.join(', ')} (needs full ICU)`);
  const out = {};
  for (const lang of LANGS) {
    const date = { day: 'numeric', month: 'long', year: 'numeric' };
    const monthYear = { month: 'long', year: 'numeric' };
    const dateTime = { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' };
    const parts = new Intl.NumberFormat(lang).formatToParts(12345.6);
    out[lang] = {
      date: pattern(lang, date),
      monthYear: pattern(lang, monthYear),
      year: pattern(lang, { year: 'numeric' }),
      dateTime: pattern(lang, dateTime),
      hour12: new Intl.DateTimeFormat(lang, { hour: 'numeric', ...UTC }).resolvedOptions().hour12 === true,
      dayPeriods: ['am', 'pm'].map((_, i) =>
        new Intl.DateTimeFormat(lang, { hour: 'numeric', hour12: true, ...UTC }).formatToParts(new Date(Date.UTC(2026, 0, 1, i ? 15 : 3))).find((p) => p.type === 'dayPeriod')?.value ?? '',
      ),
      months: months(lang, date),
      monthsAlone: months(lang, monthYear),
      monthsShort: months(lang, dateTime),
      decimal: parts.find((p) => p.type === 'decimal').value,
      group: parts.find((p) => p.type === 'group')?.value ?? '',
    };
  }
  return out;
}
