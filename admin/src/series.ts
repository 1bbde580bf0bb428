// Activations per day, split by channel or by language, as the chart and its table need them.
// Pure, so it is tested on its own (tests/unit/admin-series.test.ts).
import type { DayRow } from './api';
import { LANGS } from '../../src/shared/langs.js';

export type Split = 'src' | 'lang';
export type SeriesDef = { key: string; values: number[] };

/** Lines a chart can show and a reader still tell apart; smaller channels are summed. */
export const MAX_CHANNEL_LINES = 5;
export const OTHER = '(other)';

/**
 * One series per language that has any activation (in the app's order), or per channel, the
 * biggest MAX_CHANNEL_LINES first and the rest summed under OTHER. Every day is kept.
 */
export function activationSeries(days: DayRow[], split: Split): SeriesDef[] {
  const pick = (d: DayRow) => (split === 'src' ? d.bySrc : d.byLang);
  const totals = new Map<string, number>();
  for (const d of days) for (const [k, n] of Object.entries(pick(d))) totals.set(k, (totals.get(k) ?? 0) + n);
  const present = [...totals].filter(([, n]) => n > 0);
  let keys: string[];
  let rest: string[] = [];
  if (split === 'lang') {
    keys = (LANGS as readonly string[]).filter((l) => totals.get(l));
  } else {
    const sorted = present.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
    const shown = sorted.length > MAX_CHANNEL_LINES ? MAX_CHANNEL_LINES - 1 : MAX_CHANNEL_LINES;
    keys = sorted.slice(0, shown);
    rest = sorted.slice(shown);
  }
  const series = keys.map((key) => ({ key, values: days.map((d) => pick(d)[key] ?? 0) }));
  if (rest.length) series.push({ key: OTHER, values: days.map((d) => rest.reduce((n, k) => n + (pick(d)[k] ?? 0), 0)) });
  return series;
}

/** Line styles that stay apart in greyscale: luminance, dash pattern and marker fill all differ. */
export const LINE_STYLES = [
  { color: '#1d2321', dash: [] as number[], hollow: false },
  { color: '#0061a3', dash: [10, 5], hollow: true },
  { color: '#b34700', dash: [2, 4], hollow: false },
  { color: '#007a5a', dash: [14, 4, 3, 4], hollow: true },
  { color: '#a3487f', dash: [6, 3], hollow: false },
  { color: '#8a6d00', dash: [3, 3, 10, 3], hollow: true },
];
