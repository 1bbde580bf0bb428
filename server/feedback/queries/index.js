// The read side for NGO staff, as named operations on one connection. The worker
// (../reader-worker.js) runs them off the main thread; tests may call them directly.
import { exportPage } from './export-page.js';
import { legacySummary } from './legacy-summary.js';
import { dashboard } from './dashboard.js';
import { listComments } from './comments.js';

/** @param {import('better-sqlite3').Database} db */
export function createQueries(db) {
  // Each operation in one read transaction, so all its numbers describe the same moment even
  // while batches are being ingested on the writer connection.
  /** @template A, R @param {(db: import('better-sqlite3').Database, args: A) => R} fn */
  const inSnapshot = (fn) => db.transaction((/** @type {A} */ args) => fn(db, args));
  return {
    exportPage: inSnapshot(exportPage),
    legacySummary: inSnapshot(legacySummary),
    dashboard: inSnapshot(dashboard),
    listComments: inSnapshot(listComments),
  };
}

/** @typedef {ReturnType<typeof createQueries>} Queries */
/** @typedef {keyof Queries} QueryName */
