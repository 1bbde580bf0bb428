// Counts over a time range, read from the rollup tables (one row per UTC day and key, with a
// count per quarter hour) plus, only at ragged edges that are not on a quarter hour, from the
// feedback rows themselves. Every number is a SQL aggregate; nothing here walks feedback rows.
import { DAY_MS, QUARTERS_PER_DAY, quarterSumSql } from '../quarters.js';
import { rangePieces } from './time-range.js';
import { KINDS } from '../schema.js';

/**
 * The rollup tables and how each of their key columns is computed from a feedback row.
 * @type {Record<string, { keys: Record<string, string>, rowFilter: string }>}
 */
export const TABLES = {
  rollup_src: { keys: { kind: 'kind', src: "coalesce(src, '')" }, rowFilter: '1' },
  rollup_lang: { keys: { kind: 'kind', lang: 'lang' }, rowFilter: '1' },
  rollup_target: {
    keys: { kind: 'kind', target: "coalesce(target, '')", rating: "coalesce(rating, '')", reason: "coalesce(reason, '')" },
    rowFilter: '(target IS NOT NULL OR rating IS NOT NULL OR reason IS NOT NULL)',
  },
};

/**
 * The whole calendar months inside days [from, to): [first day of the first, first day after
 * the last). '' and '9999-12-31' stand for no bound.
 * @param {string} from
 * @param {string} to
 * @returns {{ from: string, to: string } | null}
 */
function wholeMonths(from, to) {
  const monthStart = (/** @type {string} */ d) => `${d.slice(0, 7)}-01`;
  const nextMonth = (/** @type {string} */ d) => {
    const [y, m] = d.split('-').map(Number);
    return m === 12 ? `${String(y + 1).padStart(4, '0')}-01-01` : `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
  };
  const first = from === '' ? '' : from === monthStart(from) ? from : nextMonth(from);
  const last = to >= '9999-12-31' ? '9999-12-31' : monthStart(to);
  return first < last ? { from: first, to: last } : null;
}

/** SQL for "day" as a key: the UTC day, in the rollups a column, in feedback rows a substring. */
const DAY_FROM_ROW = 'substr(created_at, 1, 10)';

/**
 * @typedef {object} CountQuery
 * @property {keyof typeof TABLES} table
 * @property {string[]} by           key columns to group by ('day' allowed)
 * @property {string[]} [kinds]      only these kinds
 */

/**
 * @param {string[]} kinds
 * @param {unknown[]} params  receives the bound values
 */
function kindFilter(kinds, params) {
  // Always a list: kind leads every counter table's key, so this is an index seek per kind.
  const list = kinds.length ? kinds : KINDS;
  params.push(...list);
  return `kind IN (${list.map(() => '?').join(', ')})`;
}

/**
 * Counts in [startMs, endMs), grouped: rows of [...keys, count].
 * @param {import('better-sqlite3').Database} db
 * @param {CountQuery} query
 * @param {number} startMs
 * @param {number} endMs
 * @returns {unknown[][]}
 */
export function countInRange(db, { table, by, kinds = [] }, startMs, endMs) {
  const spec = TABLES[table];
  const pieces = rangePieces(startMs, endMs);
  /** @type {string[]} */
  const parts = [];
  /** @type {unknown[]} */
  const params = [];
  /** @param {string[]} exprs @param {string} count @param {string} rest */
  const select = (exprs, count, rest) => `SELECT ${exprs.map((e, i) => `${e} AS k${i}`).join(', ')}, ${count} AS c FROM ${rest}`;
  for (const run of pieces.runs) {
    params.push(run.day);
    parts.push(select(by, quarterSumSql(run.from, run.to), `${table} WHERE day = ? AND ${kindFilter(kinds, params)}`));
  }
  if (pieces.fullDays) {
    // Whole months from the month table; the days before and after them from the day table.
    // (Grouping by day needs the day table throughout.)
    const { from, to } = pieces.fullDays;
    const months = by.includes('day') ? null : wholeMonths(from, to);
    /** @type {[string, string][]} */
    const dayRanges = months ? [[from, months.from], [months.to, to]] : [[from, to]];
    for (const [a, b] of dayRanges) {
      if (a >= b) continue;
      params.push(a, b);
      parts.push(select(by, 'n', `${table} WHERE day >= ? AND day < ? AND ${kindFilter(kinds, params)}`));
    }
    if (months && months.from < months.to) {
      params.push(months.from.slice(0, 7), months.to.slice(0, 7));
      parts.push(select(by, 'n', `${table}_month WHERE month >= ? AND month < ? AND ${kindFilter(kinds, params)}`));
    }
  }
  const rowExprs = by.map((k) => (k === 'day' ? DAY_FROM_ROW : spec.keys[k]));
  for (const [from, to] of pieces.edges) {
    params.push(from, to);
    // INDEXED BY: a quarter hour of rows by time; left alone, the planner may walk every row
    // of each kind instead (kind leads another index).
    parts.push(
      select(rowExprs, '1', `feedback INDEXED BY feedback_created_at WHERE created_at >= ? AND created_at < ? AND ${spec.rowFilter} AND ${kindFilter(kinds, params)}`),
    );
  }
  if (!parts.length) return [];
  const keys = by.map((_, i) => `k${i}`).join(', ');
  const sql = `SELECT ${keys}, sum(c) FROM (${parts.join(' UNION ALL ')}) GROUP BY ${keys} HAVING sum(c) > 0`;
  return db.prepare(sql).raw().all(params);
}

/**
 * Counts per local day: rows of [day, ...keys, count]. Every day boundary must be on a quarter
 * hour (checked by the caller), so only counter rows are read.
 * @param {import('better-sqlite3').Database} db
 * @param {CountQuery} query
 * @param {{ day: string, start: number, end: number }[]} days
 * @returns {unknown[][]}
 */
export function countPerLocalDay(db, { table, by, kinds = [] }, days) {
  // Each local day is one or two runs of quarters of UTC days. Runs with the same shape (same
  // quarters, same UTC day → local day shift) over consecutive UTC days are one range scan;
  // a zone with a fixed offset has two such shapes for any range (one without summer time).
  /** @type {Map<string, { from: number, to: number, shift: number, utcDays: string[] }>} */
  const shapes = new Map();
  for (const d of days) {
    const pieces = rangePieces(d.start, d.end);
    const runs = [...pieces.runs];
    if (pieces.fullDays) runs.push({ day: pieces.fullDays.from, from: 0, to: QUARTERS_PER_DAY });
    for (const run of runs) {
      const shift = Math.round((Date.parse(`${d.day}T00:00:00Z`) - Date.parse(`${run.day}T00:00:00Z`)) / DAY_MS);
      const key = `${run.from}-${run.to}-${shift}`;
      if (!shapes.has(key)) shapes.set(key, { from: run.from, to: run.to, shift, utcDays: [] });
      /** @type {{ utcDays: string[] }} */ (shapes.get(key)).utcDays.push(run.day);
    }
  }
  /** @type {string[]} */
  const parts = [];
  /** @type {unknown[]} */
  const params = [];
  const keyCols = by.map((k, i) => `${k} AS k${i}`).join(', ');
  for (const shape of shapes.values()) {
    const label = shape.shift === 0 ? 'day' : `date(day, '${shape.shift > 0 ? '+' : ''}${shape.shift} day')`;
    for (const [first, last] of consecutive(shape.utcDays)) {
      params.push(first, last);
      parts.push(`SELECT ${label} AS d, ${keyCols}, ${quarterSumSql(shape.from, shape.to)} AS c
                  FROM ${table} WHERE day >= ? AND day <= ? AND ${kindFilter(kinds, params)}`);
    }
  }
  if (!parts.length) return [];
  const keyNames = by.map((_, i) => `k${i}`);
  const sql = `SELECT d, ${keyNames.join(', ')}, sum(c) FROM (${parts.join(' UNION ALL ')})
               GROUP BY d, ${keyNames.join(', ')} HAVING sum(c) > 0`;
  return db.prepare(sql).raw().all(params);
}

/**
 * UTC days (in order, as the local days are) → [first, last] runs of consecutive days.
 * @param {string[]} utcDays
 * @returns {[string, string][]}
 */
function consecutive(utcDays) {
  /** @type {[string, string, number][]} */
  const runs = [];
  for (const day of utcDays) {
    const n = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
    const last = runs[runs.length - 1];
    if (last && n === last[2] + 1) {
      last[1] = day;
      last[2] = n;
    } else runs.push([day, day, n]);
  }
  return runs.map(([a, b]) => [a, b]);
}
