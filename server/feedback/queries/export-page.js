// One page of the export, in server sequence order (the order items arrived).
//
// Why not createdAt order: createdAt is the phone's clock, and a phone that was offline for a
// week delivers last week's items today. Paged by createdAt, an incremental export that had
// already passed last week would never see them. `seq` only grows, so "everything after the
// last seq I saw" never misses an item.

/** Column order shared by CSV and JSON export (snake_case = database names). */
// The first twelve are the original columns, in their original places (spreadsheets that
// pick columns by position keep working); migration 2's columns come after them.
export const EXPORT_COLUMNS = /** @type {const} */ ([
  'id', 'kind', 'target', 'rating', 'reason', 'comment', 'lang',
  'app_version', 'content_version', 'src', 'created_at', 'received_day', 'received_at', 'seq',
]);

/** @typedef {{ [K in typeof EXPORT_COLUMNS[number]]: K extends 'seq' ? number : string | null }} FeedbackRow */

/** @type {WeakMap<import('better-sqlite3').Database, { page: import('better-sqlite3').Statement, first: import('better-sqlite3').Statement }>} */
const statements = new WeakMap();

/**
 * @param {import('better-sqlite3').Database} db
 * @param {{ after: number, since: string, limit: number }} args
 *   after: last seq already seen (0 for the start); since: receive time lower bound ('' none)
 * @returns {FeedbackRow[]}
 */
export function exportPage(db, { after, since, limit }) {
  let s = statements.get(db);
  if (!s) {
    s = {
      page: db.prepare(`SELECT ${EXPORT_COLUMNS.join(', ')} FROM feedback
                        WHERE seq > @after AND received_at >= @since ORDER BY seq LIMIT @limit`),
      // Where rows received at or after `since` begin, so the page query need not scan from seq 1.
      first: db.prepare('SELECT min(seq) FROM feedback WHERE received_at >= ?').pluck(),
    };
    statements.set(db, s);
  }
  let from = after;
  if (since && after === 0) {
    const first = /** @type {number | null} */ (s.first.get(since));
    if (first === null) return [];
    from = first - 1;
  }
  return /** @type {FeedbackRow[]} */ (s.page.all({ after: from, since, limit }));
}
