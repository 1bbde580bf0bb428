// Time zones and time ranges for the NGO summaries: local days → UTC instants → the pieces
// (whole UTC days, runs of quarter hours, ragged edges) that the counter tables can answer.
import { DAY_MS, QUARTER_MS, QUARTERS_PER_DAY } from '../quarters.js';

/** @type {Map<string, Intl.DateTimeFormat>} */
const formatters = new Map();

/**
 * The wall-clock parts of an instant in a zone, via Intl (the runtime's tz database).
 * @param {string} tz
 */
function formatterFor(tz) {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/**
 * True for a time zone name the runtime knows ("Asia/Almaty", "UTC").
 * @param {string} tz
 */
export function isKnownTimeZone(tz) {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(tz)) return false;
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

/**
 * Offset of `tz` from UTC at instant `ms`, in ms (Almaty: +5 h).
 * @param {string} tz
 * @param {number} ms
 */
function offsetAt(tz, ms) {
  /** @type {Record<string, number>} */
  const p = {};
  for (const { type, value } of formatterFor(tz).formatToParts(new Date(ms))) p[type] = Number(value);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The UTC instant at which local day `day` (YYYY-MM-DD) begins in `tz`.
 * @param {string} day
 * @param {string} tz
 */
export function startOfLocalDay(day, tz) {
  const wall = Date.parse(`${day}T00:00:00Z`);
  // Two rounds settle the offset even on a day whose offset changes (summer time).
  let ms = wall - offsetAt(tz, wall);
  ms = wall - offsetAt(tz, ms);
  return ms;
}

/** @param {string} day @param {number} n */
export const addDays = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** @param {number} ms */
const utcDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * Every local day from `from` to `to` inclusive, with its [start, end) in UTC ms.
 * @param {string} from
 * @param {string} to
 * @param {string} tz
 */
export function localDays(from, to, tz) {
  const days = [];
  let start = startOfLocalDay(from, tz);
  let offset = Date.parse(`${from}T00:00:00Z`) - start;
  for (let day = from; day <= to; ) {
    const next = addDays(day, 1);
    const wall = Date.parse(`${next}T00:00:00Z`);
    // Most days have yesterday's offset: one Intl call checks that; only a day whose offset
    // changes (summer time) needs the full search.
    let end = wall - offset;
    if (offsetAt(tz, end) !== offset) {
      end = startOfLocalDay(next, tz);
      offset = wall - end;
    }
    days.push({ day, start, end });
    start = end;
    day = next;
  }
  return days;
}

/**
 * @typedef {{ day: string, from: number, to: number }} QuarterRun  quarters [from, to) of one UTC day
 * @typedef {object} RangePieces
 * @property {QuarterRun[]} runs              partial UTC days, read from the quarter columns
 * @property {{ from: string, to: string } | null} fullDays  whole UTC days [from, to), read from n
 * @property {[string, string][]} edges       [start, end) ISO instants not on a quarter hour: read from feedback rows
 */

/**
 * Splits [startMs, endMs) into what the counter tables can answer plus ragged edges.
 * Either end may be infinite (no bound).
 * @param {number} startMs
 * @param {number} endMs
 * @returns {RangePieces}
 */
export function rangePieces(startMs, endMs) {
  /** @type {RangePieces} */
  const pieces = { runs: [], fullDays: null, edges: [] };
  if (!(endMs > startMs)) return pieces;
  const qs = Number.isFinite(startMs) ? Math.ceil(startMs / QUARTER_MS) * QUARTER_MS : startMs;
  const qe = Number.isFinite(endMs) ? Math.floor(endMs / QUARTER_MS) * QUARTER_MS : endMs;
  const iso = (/** @type {number} */ ms) => new Date(ms).toISOString();
  if (qe <= qs) {
    // Inside one quarter hour: the feedback rows answer it all.
    pieces.edges.push([iso(startMs), iso(endMs)]);
    return pieces;
  }
  if (startMs < qs) pieces.edges.push([iso(startMs), iso(qs)]);
  if (qe < endMs) pieces.edges.push([iso(qe), iso(endMs)]);

  const quarterOf = (/** @type {number} */ ms) => Math.round((ms - Math.floor(ms / DAY_MS) * DAY_MS) / QUARTER_MS);
  const dayStart = (/** @type {number} */ ms) => Math.floor(ms / DAY_MS) * DAY_MS;
  if (Number.isFinite(qs) && Number.isFinite(qe) && dayStart(qs) === dayStart(qe)) {
    pieces.runs.push({ day: utcDay(qs), from: quarterOf(qs), to: quarterOf(qe) });
    return pieces;
  }
  let fullFrom = '';
  let fullTo = '9999-12-31';
  if (Number.isFinite(qs)) {
    const q = quarterOf(qs);
    if (q > 0) {
      pieces.runs.push({ day: utcDay(qs), from: q, to: QUARTERS_PER_DAY });
      fullFrom = utcDay(dayStart(qs) + DAY_MS);
    } else fullFrom = utcDay(qs);
  }
  if (Number.isFinite(qe)) {
    const q = quarterOf(qe);
    if (q > 0) pieces.runs.push({ day: utcDay(qe), from: 0, to: q });
    fullTo = utcDay(dayStart(qe));
  }
  if (fullFrom < fullTo) pieces.fullDays = { from: fullFrom, to: fullTo };
  return pieces;
}

/**
 * True when every boundary is on a quarter hour (so counters answer the days exactly).
 * @param {{ start: number, end: number }[]} days
 */
export const onQuarterHours = (days) => days.every((d) => d.start % QUARTER_MS === 0 && d.end % QUARTER_MS === 0);
