// Numbered schema migrations for the server's SQLite database.
//
// Why PRAGMA user_version instead of a schema_migrations table: it lives in the
// database header, costs nothing to read, and is written inside the same
// transaction as the migration itself, so a crash can never leave the schema
// changed but the version unchanged (or the other way round).
//
// Rules for adding a migration: append a new entry with the next number; never
// edit or reorder an entry that has shipped. The SQL deliberately uses plain
// CREATE (no IF NOT EXISTS) so an accidental re-run fails loudly instead of
// silently masking a version bookkeeping bug.
import { RUNNING_COLUMNS } from './feedback/quarters.js';

// Counter columns shared by the three rollup tables of migration 2 (see feedback/quarters.js).
const RUNNING_DEFS = RUNNING_COLUMNS.map((c) => `${c} INTEGER NOT NULL DEFAULT 0`).join(', ');
/** Quarter hour of a created_at text, in SQL (created_at is always toISOString() form). */
const QUARTER_OF = '((CAST(substr(created_at, 12, 2) AS INTEGER) * 60 + CAST(substr(created_at, 15, 2) AS INTEGER)) / 15)';
// c1..c95: the count in the first k quarter hours of the day.
const RUNNING_SUMS = RUNNING_COLUMNS.map((_, i) => `sum(c * (q < ${i + 1}))`).join(', ');
/**
 * The key starts with kind, then the day: every summary asks for some kinds over some days.
 * @param {string} table
 * @param {string[]} keys   key columns, kind first
 * @param {string[]} exprs  how each key is computed from a feedback row
 * @param {string} where    which feedback rows count
 */
// Backfill counts per quarter hour first (one pass over the rows), then adds them up into the
// running totals: 95 sums over the few grouped rows instead of over every row.
const rollupTable = (table, keys, exprs, where) => `
      CREATE TABLE ${table} (
        day TEXT NOT NULL, ${keys.map((k) => `${k} TEXT NOT NULL`).join(', ')},
        n INTEGER NOT NULL DEFAULT 0, ${RUNNING_DEFS},
        PRIMARY KEY (${[keys[0], 'day', ...keys.slice(1)].join(', ')})
      ) WITHOUT ROWID;
      INSERT INTO ${table} (day, ${keys.join(', ')}, n, ${RUNNING_COLUMNS.join(', ')})
        SELECT day, ${keys.join(', ')}, sum(c), ${RUNNING_SUMS}
        FROM (SELECT substr(created_at, 1, 10) AS day, ${exprs.map((e, i) => `${e} AS ${keys[i]}`).join(', ')}, ${QUARTER_OF} AS q, count(*) AS c
              FROM feedback WHERE ${where} GROUP BY 1, ${exprs.join(', ')}, q)
        GROUP BY day, ${keys.join(', ')};
      -- Month totals: a long range reads 12 rows a year per key instead of 365.
      CREATE TABLE ${table}_month (
        month TEXT NOT NULL, ${keys.map((k) => `${k} TEXT NOT NULL`).join(', ')}, n INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (${[keys[0], 'month', ...keys.slice(1)].join(', ')})
      ) WITHOUT ROWID;
      INSERT INTO ${table}_month (month, ${keys.join(', ')}, n)
        SELECT substr(day, 1, 7), ${keys.join(', ')}, sum(n) FROM ${table} GROUP BY 1, ${keys.join(', ')};`;

/**
 * @typedef {object} Migration
 * @property {number} version  1, 2, 3, ... with no gaps
 * @property {string} name     short description, for logs and error messages
 * @property {string} up       SQL executed once, inside a transaction
 */

/** @type {readonly Migration[]} */
export const migrations = Object.freeze([
  {
    version: 1,
    name: 'create feedback table',
    // No CHECK constraints on enum-like columns: SQLite cannot alter a CHECK
    // without rebuilding the table, and new kinds are expected (activation was
    // one). The zod schema in server/feedback/schema.js is the gatekeeper.
    // Deliberately no ip / user-agent columns: we never store who sent what.
    up: `
      CREATE TABLE feedback (
        id              TEXT PRIMARY KEY NOT NULL,
        kind            TEXT NOT NULL,
        target          TEXT,
        rating          TEXT,
        reason          TEXT,
        comment         TEXT,
        lang            TEXT NOT NULL,
        app_version     TEXT NOT NULL,
        content_version TEXT NOT NULL,
        src             TEXT,
        created_at      TEXT NOT NULL,
        received_day    TEXT NOT NULL,
        content_hash    TEXT NOT NULL
      );
      -- export ?since= filter and its keyset paging; also byDay in the summary
      CREATE INDEX feedback_created_at ON feedback (created_at, id);
      -- byTarget (ratings and reasons per article / checklist / point)
      CREATE INDEX feedback_kind_target ON feedback (kind, target);
      -- bySrc and activationsBySrc (campaign tags)
      CREATE INDEX feedback_src_kind ON feedback (src, kind);
    `,
  },
  {
    version: 2,
    name: 'server sequence and receive time; summary counters',
    // Rebuilt, not altered: SQLite cannot add an AUTOINCREMENT key to a table. AUTOINCREMENT
    // (not a bare rowid) because a rowid may be reused after the newest row is deleted, and an
    // incremental export that had passed that number would then miss the new row.
    // Existing rows get sequence numbers in the order they arrived (received_day, then
    // created_at) and a receive time of 00:00 UTC on their received_day: the time was never kept.
    // search_key: the grouping key of a "search" text (trimmed, case-folded, spaces collapsed).
    // comment_deleted: NGO staff deleted the comment text (DELETE /api/feedback/comments/:id).
    up: `
      CREATE TABLE feedback_v2 (
        seq             INTEGER PRIMARY KEY AUTOINCREMENT,
        id              TEXT NOT NULL UNIQUE,
        kind            TEXT NOT NULL,
        target          TEXT,
        rating          TEXT,
        reason          TEXT,
        comment         TEXT,
        lang            TEXT NOT NULL,
        app_version     TEXT NOT NULL,
        content_version TEXT NOT NULL,
        src             TEXT,
        created_at      TEXT NOT NULL,
        received_at     TEXT NOT NULL,
        received_day    TEXT NOT NULL,
        content_hash    TEXT NOT NULL,
        search_key      TEXT,
        comment_deleted INTEGER NOT NULL DEFAULT 0
      );
      INSERT INTO feedback_v2 (id, kind, target, rating, reason, comment, lang, app_version, content_version,
                               src, created_at, received_at, received_day, content_hash)
        SELECT id, kind, target, rating, reason, comment, lang, app_version, content_version,
               src, created_at, received_day || 'T00:00:00.000Z', received_day, content_hash
        FROM feedback ORDER BY received_day, created_at, id;
      DROP TABLE feedback;
      ALTER TABLE feedback_v2 RENAME TO feedback;
      -- export ?since= (receive time)
      CREATE INDEX feedback_received_at ON feedback (received_at, seq);
      -- exact counts at the ragged edge of a range that is not on a quarter hour (legacy ?since=)
      CREATE INDEX feedback_created_at ON feedback (created_at, kind);
      -- newest report per point
      CREATE INDEX feedback_kind_target ON feedback (kind, target, created_at);
      -- comments list, newest first
      CREATE INDEX feedback_comments ON feedback (created_at, seq) WHERE comment IS NOT NULL;
      -- comments of one point, newest first
      CREATE INDEX feedback_point_comments ON feedback (target, created_at) WHERE kind = 'point' AND comment IS NOT NULL;
      -- search misses grouped by text (in key order: grouping needs no sort)
      CREATE INDEX feedback_search ON feedback (search_key, created_at) WHERE search_key IS NOT NULL;
      ${rollupTable('rollup_src', ['kind', 'src'], ['kind', "coalesce(src, '')"], '1')}
      ${rollupTable('rollup_lang', ['kind', 'lang'], ['kind', 'lang'], '1')}
      ${rollupTable(
        'rollup_target',
        ['kind', 'target', 'rating', 'reason'],
        ['kind', "coalesce(target, '')", "coalesce(rating, '')", "coalesce(reason, '')"],
        'target IS NOT NULL OR rating IS NOT NULL OR reason IS NOT NULL',
      )}
    `,
  },
]);

/**
 * Brings the database schema up to the latest version. Safe to call on every
 * start: already-applied migrations are skipped.
 *
 * @param {import('better-sqlite3').Database} db
 * @param {readonly Migration[]} [list] injectable for tests
 * @returns {{ from: number, to: number, applied: number[] }}
 */
export function migrate(db, list = migrations) {
  list.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`migrations must be numbered 1..n without gaps; entry ${i} has version ${m.version}`);
    }
  });
  const latest = list.length;
  const readVersion = () => /** @type {number} */ (db.pragma('user_version', { simple: true }));
  const from = readVersion();
  if (from > latest) {
    // A newer build wrote this file; running old code on it could corrupt data.
    throw new Error(`database schema version ${from} is newer than this server knows (${latest})`);
  }

  /** @type {number[]} */
  const applied = [];
  for (const m of list) {
    if (m.version <= from) continue;
    // IMMEDIATE takes the write lock up front; re-reading the version inside
    // the lock means two processes starting together cannot both apply it.
    db.transaction(() => {
      if (readVersion() >= m.version) return;
      db.exec(m.up);
      db.pragma(`user_version = ${m.version}`);
      applied.push(m.version);
    }).immediate();
  }
  return { from, to: readVersion(), applied };
}
