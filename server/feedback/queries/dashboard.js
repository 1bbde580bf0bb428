// GET /api/feedback/dashboard: what the /admin page shows for a date range in a time zone.
// Counts come from the rollup tables (counters.js); lists (comments, search texts) from
// indexed SQL with limits. See docs/api-feedback.md for the shape.
import { KINDS, LANGS, REASONS } from '../schema.js';
import { countInRange, countPerLocalDay } from './counters.js';
import { localDays, onQuarterHours } from './time-range.js';

/** Newest comments shown per point (a preview; the comments list has them all). */
export const POINT_COMMENTS_SHOWN = 5;
/** Most frequent search texts listed. */
export const SEARCH_GROUPS_SHOWN = 200;

const NONE = '(none)';
/** @param {readonly string[]} keys */
const zeros = (keys) => Object.fromEntries(keys.map((k) => [k, 0]));

/** @type {WeakMap<import('better-sqlite3').Database, ReturnType<typeof prepare>>} */
const prepared = new WeakMap();

/** @param {import('better-sqlite3').Database} db */
// INDEXED BY: the planner, without statistics, prefers the created_at index and would then
// visit every row in the range; the partial indexes hold only the rows these lists need.
function prepare(db) {
  return {
    lastReport: db.prepare(`SELECT max(created_at) FROM feedback WHERE kind = 'point' AND target = ? AND created_at >= ? AND created_at < ?`).pluck(),
    commentCount: db.prepare(`SELECT count(*) FROM feedback INDEXED BY feedback_point_comments
                               WHERE kind = 'point' AND comment IS NOT NULL AND target = ? AND created_at >= ? AND created_at < ?`).pluck(),
    comments: db.prepare(`SELECT id, comment AS text, created_at AS createdAt, lang FROM feedback INDEXED BY feedback_point_comments
                          WHERE kind = 'point' AND comment IS NOT NULL AND target = ? AND created_at >= ? AND created_at < ?
                          ORDER BY created_at DESC, seq DESC LIMIT ${POINT_COMMENTS_SHOWN}`),
    // One pass over the grouped texts: the top ones, and (window sums) the totals of all.
    searches: db.prepare(`SELECT text, count, lastAt, sum(count) OVER () AS items, count(*) OVER () AS texts FROM (
                            SELECT search_key AS text, count(*) AS count, max(created_at) AS lastAt FROM feedback INDEXED BY feedback_search
                            WHERE search_key IS NOT NULL AND created_at >= ? AND created_at < ? GROUP BY search_key)
                          ORDER BY count DESC, lastAt DESC LIMIT ${SEARCH_GROUPS_SHOWN}`),
  };
}

/**
 * @param {import('better-sqlite3').Database} db
 * @param {{ from: string, to: string, tz: string }} args  validated: from <= to, tz known, days on quarter hours
 */
export function dashboard(db, { from, to, tz }) {
  let q = prepared.get(db);
  if (!q) prepared.set(db, (q = prepare(db)));
  const days = localDays(from, to, tz);
  // Every zone in use today changes its offset in steps of 15 minutes; the counters are kept
  // per quarter hour, so a zone (or a historic date) where midnight is not on one cannot be
  // answered exactly, and is refused rather than answered slightly wrong.
  if (!onQuarterHours(days)) {
    throw Object.assign(new Error('tz: its day boundaries in this range are not on a quarter hour'), { code: 'QADAM_BAD_PARAM' });
  }
  const start = days[0].start;
  const end = days[days.length - 1].end;
  const startIso = new Date(start).toISOString();
  const endIso = new Date(end).toISOString();
  const range = (/** @type {import('./counters.js').CountQuery} */ query) => countInRange(db, query, start, end);

  // Totals and the funnel per campaign tag, from one grouped read.
  const byKind = zeros(KINDS);
  /** @type {Map<string, { src: string, opened: number, ready: number, feedback: number }>} */
  const funnel = new Map();
  for (const [src, kind, n] of /** @type {[string, string, number][]} */ (range({ table: 'rollup_src', by: ['src', 'kind'] }))) {
    byKind[kind] = (byKind[kind] ?? 0) + n;
    const key = src || NONE;
    if (!funnel.has(key)) funnel.set(key, { src: key, opened: 0, ready: 0, feedback: 0 });
    const row = /** @type {{ opened: number, ready: number, feedback: number }} */ (funnel.get(key));
    if (kind === 'opened') row.opened += n;
    else if (kind === 'activation') row.ready += n;
    else row.feedback += n;
  }
  const byLang = zeros(LANGS);
  for (const [lang, n] of /** @type {[string, number][]} */ (range({ table: 'rollup_lang', by: ['lang'] }))) byLang[lang] = n;
  const funnelRows = [...funnel.values()].sort((a, b) => b.opened - a.opened || b.ready - a.ready || (a.src < b.src ? -1 : 1));
  const funnelTotal = funnelRows.reduce((t, r) => ({ opened: t.opened + r.opened, ready: t.ready + r.ready, feedback: t.feedback + r.feedback }), { opened: 0, ready: 0, feedback: 0 });

  // Activations per local day, every day listed (zeros included) so a chart needs no gaps filled.
  const perDay = new Map(days.map((d) => [d.day, { day: d.day, total: 0, bySrc: /** @type {Record<string, number>} */ ({}), byLang: /** @type {Record<string, number>} */ ({}) }]));
  for (const [day, src, n] of /** @type {[string, string, number][]} */ (countPerLocalDay(db, { table: 'rollup_src', by: ['src'], kinds: ['activation'] }, days))) {
    const d = /** @type {{ total: number, bySrc: Record<string, number> }} */ (perDay.get(day));
    d.total += n;
    d.bySrc[src || NONE] = n;
  }
  for (const [day, lang, n] of /** @type {[string, string, number][]} */ (countPerLocalDay(db, { table: 'rollup_lang', by: ['lang'], kinds: ['activation'] }, days))) {
    /** @type {{ byLang: Record<string, number> }} */ (perDay.get(day)).byLang[lang] = n;
  }

  // Up / down per article and per checklist; reasons per point.
  /** @type {Record<'article' | 'checklist', Map<string, { target: string, up: number, down: number }>>} */
  const ratings = { article: new Map(), checklist: new Map() };
  /** @type {Map<string, { target: string, reports: number, reasons: Record<string, number>, noReason: number }>} */
  const places = new Map();
  for (const [kind, target, rating, reason, n] of /** @type {[string, string, string, string, number][]} */ (
    range({ table: 'rollup_target', by: ['kind', 'target', 'rating', 'reason'], kinds: ['article', 'checklist', 'point'] })
  )) {
    if (kind === 'point') {
      if (!places.has(target)) places.set(target, { target, reports: 0, reasons: zeros(REASONS), noReason: 0 });
      const p = /** @type {{ reports: number, reasons: Record<string, number>, noReason: number }} */ (places.get(target));
      p.reports += n;
      if (reason) p.reasons[reason] += n;
      else p.noReason += n;
    } else if (rating) {
      const list = ratings[/** @type {'article' | 'checklist'} */ (kind)];
      if (!list.has(target)) list.set(target, { target, up: 0, down: 0 });
      /** @type {Record<string, number>} */ (/** @type {unknown} */ (list.get(target)))[rating] += n;
    }
  }
  const byVotes = (/** @type {{ target: string, up: number, down: number }} */ a, /** @type {typeof a} */ b) =>
    b.up + b.down - (a.up + a.down) || (a.target < b.target ? -1 : 1);
  const placeRows = [...places.values()]
    .map((p) => ({
      ...p,
      lastReportAt: /** @type {string} */ (q.lastReport.get(p.target, startIso, endIso)),
      commentCount: /** @type {number} */ (q.commentCount.get(p.target, startIso, endIso)),
      comments: q.comments.all(p.target, startIso, endIso),
    }))
    .sort((a, b) => (a.lastReportAt < b.lastReportAt ? 1 : a.lastReportAt > b.lastReportAt ? -1 : 0));

  const searchRows = /** @type {{ text: string, count: number, lastAt: string, items: number, texts: number }[]} */ (q.searches.all(startIso, endIso));
  return {
    range: { from, to, tz, start: startIso, end: endIso, days: days.length },
    totals: { items: Object.values(byKind).reduce((a, b) => a + b, 0), byKind, byLang },
    funnel: funnelRows,
    funnelTotal,
    activationsByDay: [...perDay.values()],
    ratings: { article: [...ratings.article.values()].sort(byVotes), checklist: [...ratings.checklist.values()].sort(byVotes) },
    places: placeRows,
    searchMisses: {
      items: searchRows[0]?.items ?? 0,
      distinctTexts: searchRows[0]?.texts ?? 0,
      top: searchRows.map(({ text, count, lastAt }) => ({ text, count, lastAt })),
    },
  };
}
