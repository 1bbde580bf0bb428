// Time buckets of the summary counters (rollup tables, migration 2).
//
// Each counter row is one UTC day and carries its total `n` plus 96 columns q0..q95, the count
// in each quarter hour of that day. Why quarters: a summary is asked for in a time zone, and a
// local day starts at a UTC instant that is a whole quarter hour in every zone in use today
// (offsets are multiples of 15 minutes: +05:00 Almaty, +05:45 Kathmandu). So any local day, or
// any range of them, is a sum of whole UTC days plus a run of quarters at each end, read from
// counter rows instead of from every feedback row.
//
// migrations.js builds migration 2 from these names: never change them.

export const QUARTERS_PER_DAY = 96;
export const QUARTER_MS = 15 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** q0 ... q95 */
export const QUARTER_COLUMNS = Object.freeze(Array.from({ length: QUARTERS_PER_DAY }, (_, q) => `q${q}`));

/**
 * "2026-01-01T20:07:00.000Z" → { day: "2026-01-01", quarter: 80 }
 * @param {string} iso UTC instant in toISOString() form
 */
export function bucketOf(iso) {
  const minutes = Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
  return { day: iso.slice(0, 10), quarter: Math.floor(minutes / 15) };
}

/**
 * SQL sum of quarter columns [from, to), e.g. "(q4+q5+q6)"; "0" when empty.
 * @param {number} from
 * @param {number} to
 * @param {string} [prefix] table alias with dot
 */
export function quarterSumSql(from, to, prefix = '') {
  if (to <= from) return '0';
  if (from === 0 && to === QUARTERS_PER_DAY) return `${prefix}n`;
  return `(${QUARTER_COLUMNS.slice(from, to).map((c) => prefix + c).join('+')})`;
}
