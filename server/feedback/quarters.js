// Time buckets of the summary counters (rollup tables, migration 2).
//
// Each counter row is one UTC day and key, and carries its total `n` plus 95 running totals
// c1..c95: ck is the count in the day's first k quarter hours (so c4 is 00:00-01:00 UTC).
// Why quarter hours: a summary is asked for in a time zone, and a local day starts at a UTC
// instant that is a whole quarter hour in every zone in use today (offsets are multiples of
// 15 minutes: +05:00 Almaty, +05:45 Kathmandu). So any local day, or any range of them, is
// whole UTC days plus a part of a UTC day at each end, read from counter rows instead of from
// every feedback row. Why running totals: the part [from, to) of a day is then c_to - c_from,
// two columns, however long it is (summaries read far more often than ingest writes... and
// ingest rewrites the whole row anyway).
//
// migrations.js builds migration 2 from these names: never change them.

export const QUARTERS_PER_DAY = 96;
export const QUARTER_MS = 15 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** c1 ... c95 (c0 is always 0 and c96 is n, so neither is stored) */
export const RUNNING_COLUMNS = Object.freeze(Array.from({ length: QUARTERS_PER_DAY - 1 }, (_, i) => `c${i + 1}`));

/**
 * "2026-01-01T20:07:00.000Z" → { day: "2026-01-01", quarter: 80 }
 * @param {string} iso UTC instant in toISOString() form
 */
export function bucketOf(iso) {
  const minutes = Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
  return { day: iso.slice(0, 10), quarter: Math.floor(minutes / 15) };
}

/** @param {number} k 0..96 @param {string} prefix */
const runningTotal = (k, prefix) => (k <= 0 ? '0' : k >= QUARTERS_PER_DAY ? `${prefix}n` : `${prefix}c${k}`);

/**
 * SQL for the count in quarters [from, to) of a counter row, e.g. "(n - c76)"; "0" when empty.
 * @param {number} from
 * @param {number} to
 * @param {string} [prefix] table alias with dot
 */
export function quarterSumSql(from, to, prefix = '') {
  if (to <= from) return '0';
  if (from <= 0) return runningTotal(to, prefix);
  return `(${runningTotal(to, prefix)} - ${runningTotal(from, prefix)})`;
}

/**
 * The columns an item in `quarter` adds one to: every running total past it (and n).
 * @param {number} quarter
 */
export const runningColumnsAfter = (quarter) => RUNNING_COLUMNS.slice(quarter);
