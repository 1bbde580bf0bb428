// Query parameters of the admin endpoints, checked once here so each route reads plain values.
// Messages name the parameter and the rule, never the value sent.
import { KINDS, LANGS, SRC_RE, TARGET_RE, UUID_RE, CREATED_AT_FLOOR, parseSince } from './schema.js';
import { addDays, isKnownTimeZone, startOfLocalDay } from './queries/time-range.js';

export const DEFAULT_TZ = 'Asia/Almaty';
/** Ten years of days: more than the project will have, few enough to list one row per day. */
export const MAX_RANGE_DAYS = 3660;
export const DEFAULT_RANGE_DAYS = 30;
export const COMMENTS_PAGE_DEFAULT = 50;
export const COMMENTS_PAGE_MAX = 200;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const CURSOR_RE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([1-9]\d{0,15})$/;

/** A refusal to send as 400 {"error": message}. */
export class ParamError extends Error {}

/** Error code a worker query uses for a parameter it refuses (sent as 400 like a ParamError). */
export const BAD_PARAM = 'QADAM_BAD_PARAM';

/**
 * @param {unknown} query request.query
 * @param {readonly string[]} allowed
 * @returns {Record<string, string>}
 */
function plain(query, allowed) {
  const q = /** @type {Record<string, unknown>} */ (query ?? {});
  /** @type {Record<string, string>} */
  const out = {};
  for (const [k, v] of Object.entries(q)) {
    if (!allowed.includes(k)) throw new ParamError('unknown query parameter');
    if (typeof v !== 'string') throw new ParamError(`${k}: must be given once`);
    out[k] = v;
  }
  return out;
}

/** @param {string} name @param {string} value */
function date(name, value) {
  if (!DATE_RE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new ParamError(`${name}: must be a date YYYY-MM-DD`);
  }
  return value;
}

/** @param {string | undefined} value */
function timeZone(value) {
  if (value === undefined || value === '') return DEFAULT_TZ;
  if (!isKnownTimeZone(value)) throw new ParamError('tz: must be an IANA time zone name such as Asia/Almaty or UTC');
  return value;
}

/** Today's date in tz. @param {string} tz */
const today = (tz) => new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/**
 * from/to/tz of the dashboard. Missing `to` is today in tz; missing `from` is 30 days before `to`.
 * @param {unknown} query
 */
export function dashboardParams(query) {
  const q = plain(query, ['from', 'to', 'tz']);
  const tz = timeZone(q.tz);
  const to = q.to ? date('to', q.to) : today(tz);
  const from = q.from ? date('from', q.from) : addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) throw new ParamError('from: must not be after to');
  if (addDays(from, MAX_RANGE_DAYS - 1) < to) throw new ParamError(`to: the range must not be longer than ${MAX_RANGE_DAYS} days`);
  // (Whether the zone's days start on quarter hours is checked in the worker, which works out
  // the days anyway: queries/dashboard.js.)
  return { from, to, tz };
}

/** @param {unknown} query */
export function exportParams(query) {
  const q = plain(query, ['format', 'since', 'after']);
  const format = q.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new ParamError('format: must be csv or json');
  const since = parseSince(q.since);
  if (since === null) throw new ParamError('since: must be a date (YYYY-MM-DD) or an ISO 8601 date-time with timezone');
  let after = 0;
  if (q.after !== undefined) {
    if (!/^(0|[1-9]\d{0,15})$/.test(q.after)) throw new ParamError('after: must be a sequence number (a non-negative integer)');
    after = Number(q.after);
  }
  return { format: /** @type {'csv' | 'json'} */ (format), since, after };
}

/** @param {unknown} query */
export function summaryParams(query) {
  const q = plain(query, ['since']);
  const since = parseSince(q.since);
  if (since === null) throw new ParamError('since: must be a date (YYYY-MM-DD) or an ISO 8601 date-time with timezone');
  return { since };
}

/** @param {unknown} query @returns {import('./queries/comments.js').CommentFilter} */
export function commentsParams(query) {
  const q = plain(query, ['kind', 'lang', 'src', 'target', 'from', 'to', 'tz', 'cursor', 'limit']);
  const tz = timeZone(q.tz);
  if (q.kind !== undefined && !KINDS.includes(/** @type {any} */ (q.kind))) throw new ParamError(`kind: must be one of ${KINDS.join(', ')}`);
  if (q.lang !== undefined && !LANGS.includes(/** @type {any} */ (q.lang))) throw new ParamError(`lang: must be one of ${LANGS.join(', ')}`);
  if (q.src !== undefined && q.src !== '(none)' && !SRC_RE.test(q.src)) throw new ParamError('src: must be a campaign tag or (none)');
  if (q.target !== undefined && !TARGET_RE.test(q.target)) throw new ParamError('target: must be 1-120 characters of a-z, 0-9, ".", "_" or "-"');
  const start = q.from ? new Date(startOfLocalDay(date('from', q.from), tz)).toISOString() : CREATED_AT_FLOOR;
  const end = q.to ? new Date(startOfLocalDay(addDays(date('to', q.to), 1), tz)).toISOString() : '9999-12-31T23:59:59.999Z';
  let before = null;
  if (q.cursor !== undefined) {
    const m = CURSOR_RE.exec(q.cursor);
    if (!m) throw new ParamError('cursor: must be a nextCursor value from a previous page');
    before = { createdAt: m[1], seq: Number(m[2]) };
  }
  let limit = COMMENTS_PAGE_DEFAULT;
  if (q.limit !== undefined) {
    limit = /^[1-9]\d{0,3}$/.test(q.limit) ? Number(q.limit) : 0;
    if (limit < 1 || limit > COMMENTS_PAGE_MAX) throw new ParamError(`limit: must be 1 to ${COMMENTS_PAGE_MAX}`);
  }
  return {
    kind: q.kind,
    lang: q.lang,
    src: q.src === '(none)' ? null : q.src,
    target: q.target,
    start,
    end,
    before,
    limit,
  };
}

/** @param {unknown} params route params */
export function feedbackIdParam(params) {
  const id = /** @type {{ id?: unknown }} */ (params ?? {}).id;
  if (typeof id !== 'string' || !UUID_RE.test(id)) throw new ParamError('id: must be a feedback id (UUID)');
  return id.toLowerCase();
}
