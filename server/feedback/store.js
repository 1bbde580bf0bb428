// All SQL for feedback lives here. Statements are prepared once per store, not
// per request: preparing is the expensive part of a small SQLite query.
import { contentHash } from './canonical.js';

/** Column order shared by CSV and JSON export (snake_case = database names). */
export const EXPORT_COLUMNS = /** @type {const} */ ([
  'id', 'kind', 'target', 'rating', 'reason', 'comment', 'lang',
  'app_version', 'content_version', 'src', 'created_at', 'received_day',
]);

/**
 * @typedef {{ [K in typeof EXPORT_COLUMNS[number]]: string | null }} FeedbackRow
 * @typedef {{ id: string | null, status: 'stored' | 'duplicate' | 'conflict' | 'invalid', error?: string }} ItemResult
 */

/** @param {Date} d */
const utcDay = (d) => d.toISOString().slice(0, 10);

/**
 * @param {import('better-sqlite3').Database} db
 */
export function createFeedbackStore(db) {
  // ON CONFLICT DO NOTHING makes the common case (a new id) a single
  // statement; only when nothing was inserted do we look at the old row.
  const insert = db.prepare(`
    INSERT INTO feedback (id, kind, target, rating, reason, comment, lang, app_version,
                          content_version, src, created_at, received_day, content_hash)
    VALUES (@id, @kind, @target, @rating, @reason, @comment, @lang, @appVersion,
            @contentVersion, @src, @createdAt, @receivedDay, @hash)
    ON CONFLICT (id) DO NOTHING`);
  const hashById = db.prepare('SELECT content_hash FROM feedback WHERE id = ?').pluck();

  /**
   * One transaction per batch: one fsync-free WAL commit instead of up to 100.
   * If anything throws, the whole batch rolls back and the client retries it.
   */
  const ingestTx = db.transaction(
    /**
     * @param {import('./schema.js').ItemCheck[]} checks
     * @param {string} receivedDay
     * @returns {ItemResult[]}
     */
    (checks, receivedDay) =>
      checks.map((check) => {
        if (!check.ok) return { id: check.id, status: 'invalid', error: check.error };
        const { item } = check;
        const hash = contentHash(item);
        const { changes } = insert.run({
          id: item.id,
          kind: item.kind,
          target: item.target ?? null,
          rating: item.rating ?? null,
          reason: item.reason ?? null,
          comment: item.comment ?? null,
          lang: item.lang,
          appVersion: item.appVersion,
          contentVersion: item.contentVersion,
          src: item.src ?? null,
          createdAt: item.createdAt,
          receivedDay,
          hash,
        });
        if (changes === 1) return { id: item.id, status: 'stored' };
        return { id: item.id, status: hashById.get(item.id) === hash ? 'duplicate' : 'conflict' };
      }),
  );

  // Keyset paging (created_at, id) > (last seen): each page is a short query
  // that finishes at once, so a long export never holds the connection busy
  // while the HTTP response drains, and ingest keeps working meanwhile.
  const page = db.prepare(`
    SELECT ${EXPORT_COLUMNS.join(', ')} FROM feedback
    WHERE created_at >= @since AND (created_at, id) > (@afterCreated, @afterId)
    ORDER BY created_at, id
    LIMIT @limit`);

  /** @param {string} sql */
  const grouped = (sql) => db.prepare(sql).raw();
  const summaryQueries = {
    total: db.prepare('SELECT count(*) FROM feedback WHERE created_at >= ?').pluck(),
    byKind: grouped('SELECT kind, count(*) FROM feedback WHERE created_at >= ? GROUP BY kind'),
    byLang: grouped('SELECT lang, count(*) FROM feedback WHERE created_at >= ? GROUP BY lang'),
    bySrc: grouped(`SELECT coalesce(src, '(none)'), count(*) FROM feedback WHERE created_at >= ? GROUP BY 1`),
    byDay: grouped('SELECT substr(created_at, 1, 10), count(*) FROM feedback WHERE created_at >= ? GROUP BY 1'),
    byRating: grouped('SELECT rating, count(*) FROM feedback WHERE created_at >= ? AND rating IS NOT NULL GROUP BY rating'),
    byReason: grouped('SELECT reason, count(*) FROM feedback WHERE created_at >= ? AND reason IS NOT NULL GROUP BY reason'),
    activationsBySrc: grouped(`SELECT coalesce(src, '(none)'), count(*) FROM feedback
                               WHERE created_at >= ? AND kind = 'activation' GROUP BY 1`),
    targets: grouped(`SELECT kind || ':' || target, count(*), count(rating = 'up' OR NULL), count(rating = 'down' OR NULL)
                      FROM feedback WHERE created_at >= ? AND target IS NOT NULL GROUP BY kind, target`),
    targetReasons: grouped(`SELECT kind || ':' || target, reason, count(*) FROM feedback
                            WHERE created_at >= ? AND target IS NOT NULL AND reason IS NOT NULL
                            GROUP BY kind, target, reason`),
  };

  // One read transaction so all the numbers describe the same moment even
  // while batches are being ingested.
  const summaryTx = db.transaction((/** @type {string} */ since) => {
    /** @param {import('better-sqlite3').Statement} stmt */
    const counts = (stmt) => Object.fromEntries(/** @type {[string, number][]} */ (stmt.all(since)));
    /** @type {Record<string, { total: number, up: number, down: number, reasons?: Record<string, number> }>} */
    const byTarget = {};
    for (const [key, total, up, down] of /** @type {[string, number, number, number][]} */ (summaryQueries.targets.all(since))) {
      byTarget[key] = { total, up, down };
    }
    for (const [key, reason, n] of /** @type {[string, string, number][]} */ (summaryQueries.targetReasons.all(since))) {
      (byTarget[key].reasons ??= {})[reason] = n;
    }
    return {
      total: /** @type {number} */ (summaryQueries.total.get(since)),
      byKind: counts(summaryQueries.byKind),
      byTarget,
      byReason: counts(summaryQueries.byReason),
      byRating: counts(summaryQueries.byRating),
      byLang: counts(summaryQueries.byLang),
      bySrc: counts(summaryQueries.bySrc),
      byDay: counts(summaryQueries.byDay),
      activationsBySrc: counts(summaryQueries.activationsBySrc),
    };
  });

  return {
    /**
     * Stores a batch of already-validated items (invalid ones pass through as
     * results). Results come back in input order.
     * @param {import('./schema.js').ItemCheck[]} checks
     * @param {Date} [receivedAt]
     * @returns {ItemResult[]}
     */
    ingest(checks, receivedAt = new Date()) {
      return ingestTx(checks, utcDay(receivedAt));
    },

    /**
     * Yields export rows in (created_at, id) order, `pageSize` rows per query.
     * @param {string} since UTC ISO string, '' for everything
     * @param {number} [pageSize]
     * @returns {Generator<FeedbackRow[]>}
     */
    *exportPages(since, pageSize = 1000) {
      let afterCreated = '';
      let afterId = '';
      for (;;) {
        const rows = /** @type {FeedbackRow[]} */ (page.all({ since, afterCreated, afterId, limit: pageSize }));
        if (rows.length === 0) return;
        yield rows;
        if (rows.length < pageSize) return;
        const last = rows[rows.length - 1];
        afterCreated = /** @type {string} */ (last.created_at);
        afterId = /** @type {string} */ (last.id);
      }
    },

    /**
     * Counts for NGO staff. byKind, byLang, bySrc and byDay each add up to
     * total; byTarget/byReason/byRating only count items that have the field.
     * @param {string} [since] UTC ISO string, '' for everything
     */
    summary(since = '') {
      return summaryTx(since);
    },
  };
}

/** @typedef {ReturnType<typeof createFeedbackStore>} FeedbackStore */
