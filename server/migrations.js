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
