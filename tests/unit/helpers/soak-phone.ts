// One simulated phone for the soak (scripts/bench/soak.js): the app's REAL outbox — its Dexie
// schema, the page sync (src/data/outbox/sync.ts: probe first, one flush at a time, backoff,
// automatic retry) and the shared sending core (src/shared/outbox/send.ts) — over its own
// IndexedDB database (fake-indexeddb in Node), talking real HTTP to a real server. What a
// phone has that Node has not is supplied here: its own outbox lock (phones do not share
// one), its own probe, and its own source address (the x-phone header lets the fault proxy
// reach the server from 127.0.0.x, as phones have their own IPs).
import { openDb, type OutboxRecord, type QadamDB } from '../../../src/data/db';
import { createOutboxSync, type FlushResult } from '../../../src/data/outbox/sync';
import { probeOnce } from '../../../src/data/connectivity';
import type { Lock } from '../../../src/shared/outbox/send';

export interface SoakPhone {
  readonly n: number;
  readonly db: QadamDB;
  /** Queues `count` items exactly as queue.ts stores them; returns their ids. */
  queue(count: number): Promise<string[]>;
  flush(fresh?: boolean): Promise<FlushResult>;
  counts(): Promise<{ pending: number; failed: number }>;
  close(): Promise<void>;
}

/** A lock for this phone alone: the Web Lock a real phone's tabs and worker share. */
function phoneLock(): Lock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>) => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
}

export function makePhone(options: { n: number; origin: string; timeoutMs: number; dbName: string; random?: () => number }): SoakPhone {
  const { n, origin, timeoutMs, dbName, random = Math.random } = options;
  const db = openDb(dbName);
  const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    headers.set('x-phone', String(n));
    return fetch(new URL(String(input), origin), { ...init, headers });
  }) as typeof fetch;
  const sync = createOutboxSync({
    getDb: async () => db,
    fetchImpl,
    probe: () => probeOnce(fetchImpl, timeoutMs),
    timeoutMs,
    lock: phoneLock(),
    random,
  });
  let made = 0;
  return {
    n,
    db,
    async queue(count) {
      const records: OutboxRecord[] = Array.from({ length: count }, () => {
        made += 1;
        const id = crypto.randomUUID();
        const createdAt = new Date().toISOString();
        const item: Record<string, unknown> = { id, kind: 'app', lang: 'ru', appVersion: 'soak', contentVersion: 'soak', createdAt };
        if (made % 3 === 0) item.comment = `Телефон ${n}, отзыв ${made}: всё понятно 👍`;
        return { id, state: 'pending', item, createdAt };
      });
      await db.outbox.bulkAdd(records);
      return records.map((r) => r.id);
    },
    flush: (fresh = false) => sync.flush({ fresh }),
    async counts() {
      return {
        pending: await db.outbox.where('state').equals('pending').count(),
        failed: await db.outbox.where('state').equals('failed').count(),
      };
    },
    async close() {
      sync.cancelRetry();
      await db.delete();
    },
  };
}
