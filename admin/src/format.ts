// Numbers and dates in the reader's language, with Intl. Days (YYYY-MM-DD) are calendar days
// already counted in the chosen zone, so they are formatted as UTC midnights; instants are
// shown in the chosen zone.
import type { AdminLang } from './strings';

export type Formats = {
  number: (n: number) => string;
  percent: (fraction: number) => string;
  day: (day: string) => string;
  shortDay: (day: string) => string;
  instant: (iso: string) => string;
  /** The date of an instant in the chosen zone. */
  dateOf: (iso: string) => string;
};

/**
 * Some browsers ship Intl without Kazakh data (Debian's Chromium writes "2026 M11 3" and
 * "12,345.5"). Then Kazakh gets the numeric forms Kazakh also uses, 03.11.2026 and 12 345,5,
 * which Russian data writes the same way.
 */
export function hasMonthNames(lang: string): boolean {
  const january = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 15));
  return !/^(M?0?1|1)$/.test(january.trim());
}

export function formats(lang: AdminLang, tz: string): Formats {
  const named = lang !== 'kk' || hasMonthNames(lang);
  const locale = named ? lang : 'ru';
  const n = new Intl.NumberFormat(locale);
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(locale, named ? { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' } : { timeZone: 'UTC', dateStyle: 'short' });
  const shortDay = new Intl.DateTimeFormat(locale, named ? { timeZone: 'UTC', month: 'short', day: 'numeric' } : { timeZone: 'UTC', day: '2-digit', month: '2-digit' });
  const instant = new Intl.DateTimeFormat(locale, { timeZone: tz, dateStyle: named ? 'medium' : 'short', timeStyle: 'short' });
  const dateOf = new Intl.DateTimeFormat(locale, { timeZone: tz, dateStyle: named ? 'medium' : 'short' });
  const utcMidnight = (d: string) => new Date(`${d}T00:00:00Z`);
  return {
    number: (x) => n.format(x),
    percent: (f) => pct.format(f),
    day: (d) => day.format(utcMidnight(d)),
    shortDay: (d) => shortDay.format(utcMidnight(d)),
    instant: (iso) => instant.format(new Date(iso)),
    dateOf: (iso) => dateOf.format(new Date(iso)),
  };
}

/** "Asia/Almaty (GMT+05:00)": the offset today, so staff see what the name means. */
export function zoneLabel(tz: string, lang: AdminLang): string {
  try {
    const part = new Intl.DateTimeFormat(lang, { timeZone: tz, timeZoneName: 'longOffset' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName');
    return part ? `${tz} (${part.value})` : tz;
  } catch {
    return tz;
  }
}
