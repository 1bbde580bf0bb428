// Main-thread side of the read worker (reader-worker.js): call(op, args) → Promise of the
// result. The worker starts on the first call (most server starts never see an admin) and is
// started again if it dies.
import { Worker } from 'node:worker_threads';

/**
 * @param {string} file the database file (the main thread has opened and migrated it)
 */
export function createReader(file) {
  /** @type {Worker | null} */
  let worker = null;
  let nextId = 1;
  /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void }>} */
  const pending = new Map();
  let closed = false;

  const failAll = (/** @type {Error} */ err) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  function start() {
    const w = new Worker(new URL('./reader-worker.js', import.meta.url), { workerData: { file } });
    w.on('message', (/** @type {{ id: number, result?: unknown, error?: { message: string, code?: string, stack?: string } }} */ msg) => {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.error) {
        const err = /** @type {Error & { code?: string }} */ (new Error(msg.error.message));
        if (msg.error.code) err.code = msg.error.code;
        if (msg.error.stack) err.stack = msg.error.stack;
        p.reject(err);
      } else p.resolve(msg.result);
    });
    w.on('error', (err) => {
      if (worker === w) worker = null;
      failAll(err);
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      if (pending.size) failAll(new Error(`read worker exited with code ${code}`));
    });
    return w;
  }

  return {
    /**
     * @template {import('./queries/index.js').QueryName} K
     * @param {K} op
     * @param {Parameters<import('./queries/index.js').Queries[K]>[0]} args
     * @returns {Promise<ReturnType<import('./queries/index.js').Queries[K]>>}
     */
    call(op, args) {
      if (closed) return Promise.reject(new Error('reader is closed'));
      worker ??= start();
      const id = nextId++;
      const w = worker;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, op, args });
      });
    },
    async close() {
      closed = true;
      const w = worker;
      worker = null;
      failAll(new Error('reader is closed'));
      if (w) await w.terminate();
    },
  };
}

/** @typedef {ReturnType<typeof createReader>} Reader */
