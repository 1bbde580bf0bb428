// All SQL that WRITES feedback lives here (reads for NGO staff: queries/*.js, run in a worker).
// Statements are prepared once per store, not per request: preparing is the expensive part of
// a small SQLite query.
import { contentHash } from './canonical.js';
import { bucketOf, runningColumnsAfter } from './quarters.js';

/**
 * @typedef {{ id: string | null, status: 'stored' | 'duplicate' | 'conflict' | 'invalid', error?: string }} ItemResult
 */

/** Stored in content_hash once the comment is deleted: the old hash could confirm a guessed text. */
const DELETED_HASH = 'deleted';

/**
 * The grouping key of a "what were you looking for?" text: Unicode-normalised (NFKC), case-folded,
 * trimmed, inner runs of spaces collapsed. "  Школа  в Алматы" and "школа в алматы" are one need.
 * @param {string} text
 */
export function searchKey(text) {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Counter upserts for one rollup table and its month table: the day row's total and the
 * running totals after the item's quarter hour (96 statements, prepared on first use), and the
 * month row's total.
 * @param {import('better-sqlite3').Database} db
 * @param {string} table
 * @param {string[]} keys key columns after day / month
 */
function counterUpserts(db, table, keys) {
  /** @type {import('better-sqlite3').Statement[]} */
  const byQuarter = [];
  const cols = ['day', ...keys];
  const placeholders = cols.map(() => '?').join(', ');
  const month = db.prepare(
    `INSERT INTO ${table}_month (month, ${keys.join(', ')}, n) VALUES (${placeholders}, ?)
     ON CONFLICT DO UPDATE SET n = n + excluded.n`,
  );
  return (/** @type {number} */ quarter, /** @type {string[]} */ values, /** @type {number} */ n) => {
    if (!byQuarter[quarter]) {
      const running = ['n', ...runningColumnsAfter(quarter)];
      byQuarter[quarter] = db.prepare(
        `INSERT INTO ${table} (${cols.join(', ')}, ${running.join(', ')}) VALUES (${placeholders}, ${running.map(() => '@n').join(', ')})
         ON CONFLICT DO UPDATE SET ${running.map((c) => `${c} = ${c} + @n`).join(', ')}`,
      );
    }
    byQuarter[quarter].run(...values, { n });
    month.run(values[0].slice(0, 7), ...values.slice(1), n);
  };
}

/**
 * @param {import('better-sqlite3').Database} db
 */
export function createFeedbackStore(db) {
  // ON CONFLICT DO NOTHING makes the common case (a new id) a single
  // statement; only when nothing was inserted do we look at the old row.
  const insert = db.prepare(`
    INSERT INTO feedback (id, kind, target, rating, reason, comment, lang, app_version,
                          content_version, src, created_at, received_at, received_day, content_hash, search_key)
    VALUES (@id, @kind, @target, @rating, @reason, @comment, @lang, @appVersion,
            @contentVersion, @src, @createdAt, @receivedAt, @receivedDay, @hash, @searchKey)
    ON CONFLICT (id) DO NOTHING`);
  const existing = db.prepare('SELECT content_hash AS hash, comment_deleted AS deleted FROM feedback WHERE id = ?');
  const upserts = {
    src: counterUpserts(db, 'rollup_src', ['kind', 'src']),
    lang: counterUpserts(db, 'rollup_lang', ['kind', 'lang']),
    target: counterUpserts(db, 'rollup_target', ['kind', 'target', 'rating', 'reason']),
  };

  /**
   * One transaction per batch: one fsync-free WAL commit instead of up to 100, and the
   * counters always agree with the rows. If anything throws, the whole batch rolls back and
   * the client retries it.
   */
  const ingestTx = db.transaction(
    /**
     * @param {import('./schema.js').ItemCheck[]} checks
     * @param {string} receivedAt
     * @returns {ItemResult[]}
     */
    (checks, receivedAt) => {
      // Counter increments are summed per row first: a batch often holds several items for
      // the same day, quarter hour and keys, and each wide-row upsert costs more than an insert.
      /** @type {Map<string, { table: keyof typeof upserts, quarter: number, values: string[], n: number }>} */
      const increments = new Map();
      const count = (/** @type {keyof typeof upserts} */ table, /** @type {number} */ quarter, /** @type {string[]} */ values) => {
        const key = `${table}\u0000${quarter}\u0000${values.join('\u0000')}`;
        const entry = increments.get(key);
        if (entry) entry.n++;
        else increments.set(key, { table, quarter, values, n: 1 });
      };
      const results = checks.map((check) => {
        if (!check.ok) return { id: check.id, status: 'invalid', error: check.error };
        const { item, storedCreatedAt } = check;
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
          createdAt: storedCreatedAt,
          receivedAt,
          receivedDay: receivedAt.slice(0, 10),
          hash,
          searchKey: item.kind === 'search' && item.comment ? searchKey(item.comment) : null,
        });
        if (changes === 1) {
          const { day, quarter } = bucketOf(storedCreatedAt);
          count('src', quarter, [day, item.kind, item.src ?? '']);
          count('lang', quarter, [day, item.kind, item.lang]);
          if (item.target !== undefined || item.rating !== undefined || item.reason !== undefined) {
            count('target', quarter, [day, item.kind, item.target ?? '', item.rating ?? '', item.reason ?? '']);
          }
          return { id: item.id, status: 'stored' };
        }
        const old = /** @type {{ hash: string, deleted: number }} */ (existing.get(item.id));
        // A resend of an item whose comment staff deleted: the phone may drop it, and the text
        // it carries is not stored again.
        if (old.deleted) return { id: item.id, status: 'duplicate' };
        return { id: item.id, status: old.hash === hash ? 'duplicate' : 'conflict' };
      });
      for (const { table, quarter, values, n } of increments.values()) upserts[table](quarter, values, n);
      return /** @type {ItemResult[]} */ (results);
    },
  );

  const wipeComment = db.prepare(`
    UPDATE feedback SET comment = NULL, search_key = NULL, content_hash = '${DELETED_HASH}', comment_deleted = 1
    WHERE id = ? AND comment IS NOT NULL
    RETURNING seq, kind`);

  /**
   * secure_delete (db.js) has zeroed the old text in the database file, but the write-ahead
   * log still holds the page as it was. A TRUNCATE checkpoint moves the new pages in and
   * empties the log. While the read worker is inside a query the log cannot be emptied; with
   * busy_timeout 0 the checkpoint does what it can at once instead of blocking this thread,
   * and is tried again a second later (up to a minute). Best effort, as documented.
   */
  let retry = /** @type {NodeJS.Timeout | null} */ (null);
  function truncateWal(attempt = 0) {
    const timeout = db.pragma('busy_timeout', { simple: true });
    let busy;
    try {
      db.pragma('busy_timeout = 0');
      busy = /** @type {{ busy: number }} */ (db.pragma('wal_checkpoint(TRUNCATE)')[0]).busy;
    } catch {
      // The connection is closing: nothing left to do.
      return;
    } finally {
      if (db.open) db.pragma(`busy_timeout = ${timeout}`);
    }
    if (retry) clearTimeout(retry);
    retry = null;
    if (busy && attempt < 60) {
      retry = setTimeout(() => truncateWal(attempt + 1), 1000);
      retry.unref();
    }
  }

  return {
    /**
     * Stores a batch of already-validated items (invalid ones pass through as
     * results). Results come back in input order.
     * @param {import('./schema.js').ItemCheck[]} checks
     * @param {Date} [receivedAt]
     * @returns {ItemResult[]}
     */
    ingest(checks, receivedAt = new Date()) {
      // Whole seconds: enough to page an export by, and no finer than needed.
      const at = new Date(Math.floor(receivedAt.getTime() / 1000) * 1000).toISOString();
      return ingestTx(checks, at);
    },

    /**
     * Deletes the comment text of one item. The item itself stays (it is still counted in the
     * summary: its kind, rating and reason were never the person's words); a "search" item
     * leaves the search-miss list, because its text was all it said.
     * @param {string} id lowercase UUID
     * @returns {{ seq: number, kind: string } | null} null when there is no such item or no comment
     */
    deleteComment(id) {
      const row = /** @type {{ seq: number, kind: string } | undefined} */ (wipeComment.get(id));
      if (!row) return null;
      truncateWal();
      return row;
    },
  };
}

/** @typedef {ReturnType<typeof createFeedbackStore>} FeedbackStore */
