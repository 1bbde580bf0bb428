// Runs the NGO staff's read queries (summaries, export pages, comment lists) on a read-only
// SQLite connection in a worker thread. A summary over a million rows or a long export then
// uses the second core, and the main thread keeps answering phones and /api/health.
// WAL mode lets this reader and the main thread's writer work at the same time.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { createQueries } from './queries/index.js';

const db = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: 5000 });
const queries = createQueries(db);

/** @type {import('node:worker_threads').MessagePort} */ (parentPort).on('message', (/** @type {{ id: number, op: string, args: unknown }} */ msg) => {
  try {
    const fn = /** @type {Record<string, (a: unknown) => unknown>} */ (/** @type {unknown} */ (queries))[msg.op];
    if (!fn) throw new Error(`unknown reader operation ${msg.op}`);
    parentPort?.postMessage({ id: msg.id, result: fn(msg.args) });
  } catch (err) {
    const e = /** @type {Error & { code?: string }} */ (err);
    parentPort?.postMessage({ id: msg.id, error: { message: e.message, code: e.code, stack: e.stack } });
  }
});
