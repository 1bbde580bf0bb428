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

export function formats(lang: AdminLang, tz: string): Formats {
  const n = new Intl.NumberFormat(lang);
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
  const shortDay = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', month: 'short', day: 'numeric' });
  const instant = new Intl.DateTimeFormat(lang, { timeZone: tz, dateStyle: 'medium', timeStyle: 'short' });
  const dateOf = new Intl.DateTimeFormat(lang, { timeZone: tz, dateStyle: 'medium' });
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

/** "Asia/Almaty (UTC+05:00)": the offset today, so staff see what the name means. */
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
