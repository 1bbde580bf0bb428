// The period the dashboard shows: presets counted back from today in the chosen time zone,
// or two dates. The server counts whole local days, from `from` to `to` inclusive.

export type Preset = '7' | '30' | 'all' | 'custom';
export type Period = { preset: Preset; from: string; to: string };

/** Qadam has no item before this day (server/feedback/schema.js CREATED_AT_FLOOR). */
export const FIRST_DAY = '2024-01-01';

export const DEFAULT_TZ = 'Asia/Almaty';
/** Zones offered first: Kazakhstan (one zone since March 2024) and the families' home countries. */
const ZONES = ['Asia/Almaty', 'Asia/Tashkent', 'Asia/Bishkek', 'Asia/Dushanbe', 'Europe/Moscow', 'UTC'];

/** The offered zones, plus this computer's own zone when it is not among them. */
export function zoneChoices(): string[] {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return own && !ZONES.includes(own) ? [...ZONES, own] : ZONES;
}

/** Today's date (YYYY-MM-DD) in `tz`. */
export const todayIn = (tz: string, now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

export const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The dates a preset stands for today; a custom period keeps its own. */
export function resolvePeriod(p: Period, tz: string, now = new Date()): { from: string; to: string } {
  const today = todayIn(tz, now);
  if (p.preset === '7') return { from: addDays(today, -6), to: today };
  if (p.preset === '30') return { from: addDays(today, -29), to: today };
  if (p.preset === 'all') return { from: FIRST_DAY, to: today };
  return { from: p.from, to: p.to };
}
