// Counts over a time range, read from the rollup tables (one row per UTC day and key, with a
// count per quarter hour) plus, only at ragged edges that are not on a quarter hour, from the
// feedback rows themselves. Every number is a SQL aggregate; nothing here walks feedback rows.
import { quarterSumSql } from '../quarters.js';
import { rangePieces } from './time-range.js';

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
  if (!kinds.length) return '1';
  params.push(...kinds);
  return `kind IN (${kinds.map(() => '?').join(', ')})`;
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
    params.push(pieces.fullDays.from, pieces.fullDays.to);
    parts.push(select(by, 'n', `${table} WHERE day >= ? AND day < ? AND ${kindFilter(kinds, params)}`));
  }
  const rowExprs = by.map((k) => (k === 'day' ? DAY_FROM_ROW : spec.keys[k]));
  for (const [from, to] of pieces.edges) {
    params.push(from, to);
    parts.push(select(rowExprs, '1', `feedback WHERE created_at >= ? AND created_at < ? AND ${spec.rowFilter} AND ${kindFilter(kinds, params)}`));
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
  // Each local day is one or two runs of quarters of UTC days. Runs with the same shape
  // (same quarters) are answered by one join with a JSON list of [utcDay, localDay].
  /** @type {Map<string, { from: number, to: number, pairs: [string, string][] }>} */
  const shapes = new Map();
  for (const d of days) {
    const pieces = rangePieces(d.start, d.end);
    const runs = [...pieces.runs];
    if (pieces.fullDays) runs.push({ day: pieces.fullDays.from, from: 0, to: 96 });
    for (const run of runs) {
      const key = `${run.from}-${run.to}`;
      if (!shapes.has(key)) shapes.set(key, { from: run.from, to: run.to, pairs: [] });
      /** @type {{ pairs: [string, string][] }} */ (shapes.get(key)).pairs.push([run.day, d.day]);
    }
  }
  if (!shapes.size) return [];
  /** @type {unknown[]} */
  const params = [];
  const keyCols = by.map((k, i) => `r.${k} AS k${i}`).join(', ');
  const parts = [...shapes.values()].map((shape) => {
    params.push(JSON.stringify(shape.pairs));
    const where = kindFilter(kinds, params).replace(/^kind/, 'r.kind');
    return `SELECT j.value ->> 1 AS d, ${keyCols}, ${quarterSumSql(shape.from, shape.to, 'r.')} AS c
            FROM json_each(?) AS j JOIN ${table} AS r ON r.day = j.value ->> 0 WHERE ${where}`;
  });
  const keyNames = by.map((_, i) => `k${i}`);
  const sql = `SELECT d, ${keyNames.join(', ')}, sum(c) FROM (${parts.join(' UNION ALL ')})
               GROUP BY d, ${keyNames.join(', ')} HAVING sum(c) > 0`;
  return db.prepare(sql).raw().all(params);
}
