// GET /api/feedback/summary?since= : the first summary's shape, kept for existing users
// (docs/api-feedback.md). Counts items whose createdAt is at or after `since`.
import { countInRange } from './counters.js';

/** @param {unknown[][]} rows [key, count] rows → { key: count }, '' keys shown as "(none)" or skipped */
const toCounts = (rows, { none = '(none)', skipEmpty = false } = {}) => {
  /** @type {Record<string, number>} */
  const out = {};
  for (const [k, n] of rows) {
    if (k === '' && skipEmpty) continue;
    out[k === '' ? none : String(k)] = Number(n);
  }
  return out;
};

/**
 * @param {import('better-sqlite3').Database} db
 * @param {{ since: string }} args UTC ISO string, '' for everything
 */
export function legacySummary(db, { since }) {
  const start = since ? Date.parse(since) : -Infinity;
  const range = (/** @type {import('./counters.js').CountQuery} */ q) => countInRange(db, q, start, Infinity);
  const byKind = toCounts(range({ table: 'rollup_src', by: ['kind'] }));
  /** @type {Record<string, { total: number, up: number, down: number, reasons?: Record<string, number> }>} */
  const byTarget = {};
  /** @type {Record<string, number>} */
  const byRating = {};
  /** @type {Record<string, number>} */
  const byReason = {};
  for (const [kind, target, rating, reason, count] of /** @type {[string, string, string, string, number][]} */ (
    range({ table: 'rollup_target', by: ['kind', 'target', 'rating', 'reason'] })
  )) {
    if (rating) byRating[rating] = (byRating[rating] ?? 0) + count;
    if (reason) byReason[reason] = (byReason[reason] ?? 0) + count;
    if (!target) continue;
    const t = (byTarget[`${kind}:${target}`] ??= { total: 0, up: 0, down: 0 });
    t.total += count;
    if (rating === 'up') t.up += count;
    if (rating === 'down') t.down += count;
    if (reason) (t.reasons ??= {})[reason] = (t.reasons[reason] ?? 0) + count;
  }
  return {
    total: Object.values(byKind).reduce((a, b) => a + b, 0),
    byKind,
    byTarget,
    byReason,
    byRating,
    byLang: toCounts(range({ table: 'rollup_lang', by: ['lang'] })),
    bySrc: toCounts(range({ table: 'rollup_src', by: ['src'] })),
    byDay: toCounts(range({ table: 'rollup_src', by: ['day'] })),
    activationsBySrc: toCounts(range({ table: 'rollup_src', by: ['src'], kinds: ['activation'] })),
  };
}
