// Opens (and on first start creates) the server's SQLite database.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate, migrations } from './migrations.js';

/** How long a statement waits for a lock held by another connection before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * @param {string} file path of the database file; parent folders are created
 * @param {{ migrations?: readonly import('./migrations.js').Migration[] }} [options]
 * @returns {import('better-sqlite3').Database}
 */
export function openDatabase(file, options = {}) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    // WAL: readers (admin export) never block the writer (feedback ingest).
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new Error(`could not enable WAL journal mode (got ${mode})`);
    // NORMAL is durable against application crashes in WAL mode; only an OS
    // crash / power cut can lose the last commits, which clients simply resend
    // (ingest is idempotent by id). FULL would fsync on every batch.
    db.pragma('synchronous = NORMAL');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    // A deleted comment is overwritten with zeros, not left in a free page of the file.
    db.pragma('secure_delete = ON');
    migrate(db, options.migrations ?? migrations);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
