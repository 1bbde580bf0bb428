// The sending core of the feedback outbox: read pending records oldest first, POST them to
// /api/feedback in batches, and act on the answer. Used by the page
// (src/data/outbox/sync.ts) AND by the service worker's Background Sync handler
// (src/sw/sw.ts), so it touches only the OutboxStore it is given (Dexie in the page, plain
// IndexedDB in the worker) and fetch: no DOM, no React, no Dexie.
//
// The rules that make it safe:
// - A record leaves the outbox only after OUR server has answered for it. A send cut short
//   (tab closed, network gone mid-request, a body that stalls) leaves the records in place;
//   they are sent again later with the same ids, and the server answers `duplicate` for the
//   ones it already has (docs/api-feedback.md).
// - Only our server's answers are final (./answer.ts). A portal, a firewall or a gateway
//   is a bad network: the records stay pending.
// - When our server refuses a whole batch, the batch is split in halves until the item it
//   refuses is alone: one bad item never takes 99 good ones down with it.
// - One deadline covers each request and its answer's body (../timed-fetch.ts).
// - Each batch is sent under the cross-context lock 'qadam-outbox' (page tabs and worker);
//   deleting an item takes it too (src/data/outbox/queue.ts), so nothing is deleted while
//   a request carrying it is on its way.
import { LIMITS } from '../facts.js';
import type { OutboxRecord, OutboxStore } from './record';
import { readAnswer, type Answer } from './answer';
import { fetchText } from '../timed-fetch';

export const ENDPOINT = '/api/feedback';
export const MAX_BATCH_ITEMS = LIMITS.batchItems;
export const MAX_BATCH_BYTES = LIMITS.batchBytes;
/** A request (body included) that takes this long is given up and retried later: it must not hold the lock. */
export const REQUEST_TIMEOUT_MS = 30_000;
export const LOCK_NAME = 'qadam-outbox';

export type SendOutcome =
  /** Everything that was pending has been answered for (delivered or failed). */
  | { status: 'done'; delivered: number; failed: number }
  /** Stopped early; what is left stays pending. retryAfterMs: the server's Retry-After, if any. */
  | { status: 'retry'; delivered: number; failed: number; reason: string; retryAfterMs: number | null };

export type Lock = <T>(fn: () => Promise<T>) => Promise<T>;

export interface SendOptions {
  fetchImpl?: typeof fetch;
  endpoint?: string;
  maxItems?: number;
  maxBytes?: number;
  timeoutMs?: number;
  /** The lock each batch is sent under. Default: the outbox lock (withOutboxLock). */
  lock?: Lock;
}

const encoder = new TextEncoder();
const bytesOf = (item: unknown) => encoder.encode(JSON.stringify(item)).length;

/**
 * The next batch: pending records oldest first, at most `maxItems` and `maxBytes` of JSON
 * (but always at least one record, so an oversized one gets its answer from the server).
 */
export async function nextBatch(store: OutboxStore, skip: Set<string>, maxItems = MAX_BATCH_ITEMS, maxBytes = MAX_BATCH_BYTES): Promise<OutboxRecord[]> {
  // One indexed read (getAll) and a sort in memory: much faster than walking a cursor
  // record by record, which matters when a phone comes back online with hundreds queued.
  const candidates = (await store.pending())
    .filter((r) => !skip.has(r.id))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))
    .slice(0, maxItems);
  const batch: OutboxRecord[] = [];
  let bytes = 20; // {"items":[ ... ]}
  for (const record of candidates) {
    const size = bytesOf(record.item) + 1;
    if (batch.length > 0 && bytes + size > maxBytes) break;
    batch.push(record);
    bytes += size;
  }
  return batch;
}

/**
 * Where there is no Web Locks API (older Safari, Node), a queue in this JS realm: the tabs
 * of such a browser are not kept apart, but one page's sending and deleting still are.
 */
let localTail: Promise<unknown> = Promise.resolve();
function localLock<T>(fn: () => Promise<T>): Promise<T> {
  const run = localTail.then(fn, fn);
  localTail = run.catch(() => undefined);
  return run;
}

/** Runs `fn` while holding the cross-context outbox lock (page and worker). */
export async function withOutboxLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (!locks?.request) return localLock(fn);
  return locks.request(LOCK_NAME, fn) as Promise<T>;
}

/** What sending one batch (and its halves) came to. `stop`: why the pass must end now. */
interface BatchOutcome {
  delivered: number;
  failed: number;
  stop?: { reason: string; retryAfterMs: number | null };
}

/**
 * Sends every pending record, one request at a time, oldest first. Never throws for
 * network or server trouble: it reports it as { status: 'retry' } and leaves the records.
 * (It does throw if the database itself fails.)
 */
export async function sendPending(store: OutboxStore, options: SendOptions = {}): Promise<SendOutcome> {
  const {
    fetchImpl = (...args: Parameters<typeof fetch>) => fetch(...args),
    endpoint = ENDPOINT,
    maxItems = MAX_BATCH_ITEMS,
    maxBytes = MAX_BATCH_BYTES,
    timeoutMs = REQUEST_TIMEOUT_MS,
    lock = withOutboxLock,
  } = options;

  /** One request for `batch`, then acting on the answer; our server's refusal splits it. */
  async function send(batch: OutboxRecord[]): Promise<BatchOutcome> {
    const ids = batch.map((r) => r.id);
    await store.beginTry(ids);
    const outcome = await exchange(batch);
    if (outcome.read?.kind === 'results' || (outcome.read?.kind === 'refused' && batch.length === 1)) {
      return act(batch, outcome); // settle() records the verdict and clears the note in one go
    }
    if (outcome.read?.kind !== 'refused') {
      // No verdict. Only our own busy answer says for sure that nothing was stored; after
      // anything else the server may have them.
      await store.endTry(ids, outcome.uncertain);
      return act(batch, outcome);
    }
    // Our server refused the batch as a whole, so it stored none of it: which item is it?
    // Halves, recursively: about 2·log2(n) requests for one bad item.
    await store.endTry(ids, false);
    const half = Math.ceil(batch.length / 2);
    const first = await send(batch.slice(0, half));
    if (first.stop) return first;
    const second = await send(batch.slice(half));
    return { delivered: first.delivered + second.delivered, failed: first.failed + second.failed, stop: second.stop };
  }

  /** One request and its answer, read. */
  async function exchange(batch: OutboxRecord[]): Promise<{ read?: Answer; error?: string; uncertain: boolean }> {
    try {
      const answer = await fetchText(
        fetchImpl,
        endpoint,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ items: batch.map((r) => r.item) }),
          cache: 'no-store',
        },
        timeoutMs,
      );
      const read = readAnswer(answer, batch.length);
      return { read, uncertain: read.kind === 'foreign' || (read.kind === 'busy' && !read.ours) };
    } catch (e) {
      // Offline, DNS, connection reset, a stalled body, the deadline: the server may or may
      // not have the batch. Keep it; the ids make the resend harmless.
      return { error: (e as Error)?.name === 'FetchTimeout' ? 'timeout' : 'network', uncertain: true };
    }
  }

  /** Acts on the answer to `batch` (not a whole-batch refusal of several items: send() splits those). */
  async function act(batch: OutboxRecord[], { read, error }: { read?: Answer; error?: string }): Promise<BatchOutcome> {
    if (!read) return { delivered: 0, failed: 0, stop: { reason: error ?? 'network', retryAfterMs: null } };
    if (read.kind === 'busy') return { delivered: 0, failed: 0, stop: { reason: read.reason, retryAfterMs: read.retryAfterMs } };
    if (read.kind === 'foreign') return { delivered: 0, failed: 0, stop: { reason: read.reason, retryAfterMs: null } };
    if (read.kind === 'refused') {
      await store.settle([], [{ id: batch[0].id, reason: read.reason }]);
      return { delivered: 0, failed: 1 };
    }
    const done: string[] = [];
    const refused: { id: string; reason: string }[] = [];
    batch.forEach((record, i) => {
      const r = read.results[i];
      // Results come in request order; an id, when present, must agree with it.
      if (r?.id && r.id.toLowerCase() !== record.id.toLowerCase()) return;
      if (r?.status === 'stored' || r?.status === 'duplicate') done.push(record.id);
      else if (r?.status === 'invalid' || r?.status === 'conflict') {
        refused.push({ id: record.id, reason: r.error ? `${r.status}: ${r.error}` : r.status });
      }
      // Anything else: leave it pending for a later pass.
    });
    await store.settle(done, refused);
    return { delivered: done.length, failed: refused.length };
  }

  let delivered = 0;
  let failed = 0;
  // Records this pass already sent: one the server answered oddly for stays pending,
  // and must not be picked up again in the same pass (no endless loop).
  const seen = new Set<string>();
  for (;;) {
    // The lock is held per batch, not per pass: a Delete waits for at most one request.
    const outcome = await lock(async () => {
      const batch = await nextBatch(store, seen, maxItems, maxBytes);
      if (batch.length === 0) return null;
      batch.forEach((r) => seen.add(r.id));
      return send(batch);
    });
    if (!outcome) return { status: 'done', delivered, failed };
    delivered += outcome.delivered;
    failed += outcome.failed;
    if (outcome.stop) return { status: 'retry', delivered, failed, reason: outcome.stop.reason, retryAfterMs: outcome.stop.retryAfterMs };
  }
}
