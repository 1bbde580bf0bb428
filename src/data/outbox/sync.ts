// When the page sends the feedback outbox: at start, right after something is queued, when
// the phone comes online, when the page becomes visible, when a backoff timer fires (while
// the app is open) and when the service worker says it sent something. Each time it first
// probes /api/health, then hands over to the sending core (send.ts).
//
// One flush at a time (a module-level lock): a second call while one runs does not start a
// second request; it asks the running flush to look again when it is done. Between page
// and service worker, send.ts holds a Web Lock too; and ids make any overlap harmless.
//
// Start-up code: Dexie is reached through getDb() so it stays out of the first paint.
import type { QadamDB } from '../db';
import { getDb as defaultGetDb } from '../database';
import { probe as defaultProbe, type Connectivity } from '../connectivity';
import { reportError } from '../errors';
import { delay } from '../../shared/outbox/backoff';
import { sendPending, type Lock } from '../../shared/outbox/send';
import { OUTBOX_SYNC_TAG, isWorkerToPage } from '../../shared/worker-protocol';
import { announceOutsideChange, dexieOutbox } from './dexie-store';
import { onOutboxChange, retryAutomatically } from './queue';

export type FlushResult =
  | { status: 'idle' } // nothing to send
  | { status: 'offline'; retryInMs: number }
  | { status: 'done'; delivered: number; failed: number }
  | { status: 'retry'; delivered: number; failed: number; reason: string; retryInMs: number };

export interface SyncDeps {
  getDb?: () => Promise<QadamDB>;
  fetchImpl?: typeof fetch;
  probe?: () => Promise<Connectivity>;
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Per request, body included (send.ts). Tests and the soak use short ones. */
  timeoutMs?: number;
  /** The lock batches are sent under (send.ts). A simulated phone in the soak has its own. */
  lock?: Lock;
}

export function createOutboxSync(deps: SyncDeps = {}) {
  const {
    getDb = defaultGetDb,
    fetchImpl,
    probe = () => defaultProbe(),
    random = Math.random,
    setTimer = (fn, ms) => setTimeout(fn, ms),
    clearTimer = (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    timeoutMs,
    lock,
  } = deps;

  let running: Promise<FlushResult> | null = null;
  let again = false;
  let failures = 0; // consecutive failed attempts: the backoff exponent
  let timer: unknown = null;

  const cancelRetry = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };

  function scheduleRetry(serverWaitMs: number | null): number {
    const wait = serverWaitMs !== null ? serverWaitMs + Math.floor(random() * 1000) : delay(failures, random);
    failures += 1;
    cancelRetry();
    timer = setTimer(() => {
      timer = null;
      void flush();
    }, wait);
    return wait;
  }

  async function runOnce(): Promise<FlushResult> {
    const db = await getDb();
    await retryAutomatically(db);
    if ((await db.outbox.where('state').equals('pending').count()) === 0) {
      cancelRetry();
      failures = 0;
      return { status: 'idle' };
    }
    if ((await probe()) !== 'online') return { status: 'offline', retryInMs: scheduleRetry(null) };
    const outcome = await sendPending(dexieOutbox(db), { fetchImpl, timeoutMs, lock });
    if (outcome.status === 'retry') {
      return { ...outcome, retryInMs: scheduleRetry(outcome.retryAfterMs) };
    }
    cancelRetry();
    failures = 0;
    return outcome;
  }

  let fresh = false;

  /**
   * Sends what is pending. Concurrent calls share one run (and one request at a time).
   * `fresh`: the connection just came back (an `online` event). The backoff starts again
   * from 1 s, and if a run is under way (perhaps stuck on a request from before the
   * network dropped) one more run follows it, whatever that run's result.
   */
  function flush(options: { fresh?: boolean } = {}): Promise<FlushResult> {
    if (options.fresh) {
      failures = 0;
      fresh = true;
    }
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      for (;;) {
        again = false;
        fresh = false;
        const result = await runOnce();
        const settled = result.status === 'done' || result.status === 'idle';
        if (!fresh && !(again && settled)) return result;
      }
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    flush,
    cancelRetry,
    /** For tests and the UI: is a retry timer waiting? */
    retryScheduled: () => timer !== null,
  };
}

export type OutboxSync = ReturnType<typeof createOutboxSync>;

/** The page's one sync instance. */
export const outboxSync = createOutboxSync();
export const flush = () => outboxSync.flush();

/** Ask the browser to wake the service worker when there is a connection (where supported). */
export async function registerBackgroundSync(): Promise<boolean> {
  try {
    const reg = await navigator.serviceWorker?.getRegistration();
    if (!reg || !('sync' in reg)) return false;
    await (reg as ServiceWorkerRegistration & { sync: { register(tag: string): Promise<void> } }).sync.register(OUTBOX_SYNC_TAG);
    return true;
  } catch {
    return false; // not allowed here (e.g. permission): the page's own triggers still work
  }
}

let started = false;
const logged = (p: Promise<unknown>) => void p.catch(reportError);

/** Called once from the boot (src/app/deferred-start.ts): wires every trigger and sends what waits from earlier. */
export function startOutboxSync(sync: OutboxSync = outboxSync): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  // A deleted item needs nothing here: the list on screen is a live query.
  onOutboxChange((change) => {
    if (change === 'remove') return;
    void registerBackgroundSync();
    logged(sync.flush());
  });
  window.addEventListener('online', () => logged(sync.flush({ fresh: true })));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') logged(sync.flush());
  });
  // The worker sent (or failed) queued feedback through plain IndexedDB: refresh what the
  // page shows, then send anything queued meanwhile.
  navigator.serviceWorker?.addEventListener('message', (event) => {
    if (!isWorkerToPage(event.data) || event.data.type !== 'OUTBOX_CHANGED') return;
    logged(defaultGetDb().then(announceOutsideChange));
    logged(sync.flush());
  });
  logged(sync.flush());
}
