// The sending core of the feedback outbox: read pending records oldest first, POST them to
// /api/feedback in batches, and act on the server's answer. Used by the page
// (src/data/outbox/sync.ts) AND by the service worker's Background Sync handler
// (src/sw/sw.ts), so it touches only the OutboxStore it is given (Dexie in the page, plain
// IndexedDB in the worker) and fetch: no DOM, no React, no Dexie.
//
// The one rule that makes it safe: a record leaves the outbox only after the server has
// answered for it. A send cut short (tab closed, network gone mid-request) leaves the
// records in place; they are sent again later with the same ids, and the server answers
// `duplicate` for the ones it already has (docs/api-feedback.md).
import { LIMITS } from '../facts.js';
import type { OutboxRecord, OutboxStore } from './record';
import { retryAfterMs } from './backoff';

export const ENDPOINT = '/api/feedback';
export const MAX_BATCH_ITEMS = LIMITS.batchItems;
export const MAX_BATCH_BYTES = LIMITS.batchBytes;
/** A request that hangs this long is given up (and retried later): it must not hold the lock. */
export const REQUEST_TIMEOUT_MS = 30_000;

export type SendOutcome =
  /** Everything that was pending has been answered for (delivered or failed). */
  | { status: 'done'; delivered: number; failed: number }
  /** Stopped early; what is left stays pending. retryAfterMs: the server's Retry-After, if any. */
  | { status: 'retry'; delivered: number; failed: number; reason: string; retryAfterMs: number | null };

export interface SendOptions {
  fetchImpl?: typeof fetch;
  endpoint?: string;
  maxItems?: number;
  maxBytes?: number;
  timeoutMs?: number;
}

interface ServerResult {
  id: string | null;
  status: string;
  error?: string;
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

/** Runs `fn` while holding the cross-context outbox lock (page and worker), where there is one. */
export async function withOutboxLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (!locks?.request) return fn();
  return locks.request('qadam-outbox', fn) as Promise<T>;
}

async function errorText(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: unknown };
    if (typeof body?.error === 'string' && body.error) return `HTTP ${res.status}: ${body.error}`;
  } catch {
    /* not JSON: the status says enough */
  }
  return `HTTP ${res.status}`;
}

/** Statuses worth retrying: the request may well succeed later, unchanged. */
const transient = (status: number) => status >= 500 || status === 429 || status === 408;

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
  } = options;

  return withOutboxLock(async () => {
    let delivered = 0;
    let failed = 0;
    // Records this pass already sent: one the server answered oddly for stays pending,
    // and must not be picked up again in the same pass (no endless loop).
    const seen = new Set<string>();
    const retry = (reason: string, retryAfter: number | null = null): SendOutcome => ({
      status: 'retry',
      delivered,
      failed,
      reason,
      retryAfterMs: retryAfter,
    });

    for (;;) {
      const batch = await nextBatch(store, seen, maxItems, maxBytes);
      if (batch.length === 0) return { status: 'done', delivered, failed };
      const ids = batch.map((r) => r.id);
      ids.forEach((id) => seen.add(id));

      let res: Response;
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), timeoutMs);
      try {
        res = await fetchImpl(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ items: batch.map((r) => r.item) }),
          cache: 'no-store',
          signal: ctrl.signal,
        });
      } catch {
        // Offline, DNS, connection reset, timeout: the server may or may not have the
        // batch. Keep it; the ids make the resend harmless.
        return retry('network');
      } finally {
        clearTimeout(timer);
      }

      if (transient(res.status)) {
        return retry(`HTTP ${res.status}`, retryAfterMs(res.headers.get('retry-after')));
      }
      if (res.status >= 400) {
        // The whole request was refused for what it is (400 malformed, 413 too large,
        // 415…): sending it again unchanged cannot help. Keep the records, shown as failed.
        const reason = await errorText(res);
        await store.settle([], ids.map((id) => ({ id, reason })));
        failed += ids.length;
        continue;
      }

      let results: ServerResult[] | null = null;
      try {
        const body = (await res.json()) as { results?: unknown };
        if (res.status === 200 && Array.isArray(body?.results) && body.results.length === batch.length) {
          results = body.results as ServerResult[];
        }
      } catch {
        /* a captive portal's HTML page, a truncated body… */
      }
      if (!results) {
        return retry(`unexpected answer (HTTP ${res.status})`);
      }

      const done: string[] = [];
      const refused: { id: string; reason: string }[] = [];
      batch.forEach((record, i) => {
        const r = results[i];
        // Results come in request order; an id, when present, must agree with it.
        if (r?.id && r.id.toLowerCase() !== record.id.toLowerCase()) return;
        if (r?.status === 'stored' || r?.status === 'duplicate') done.push(record.id);
        else if (r?.status === 'invalid' || r?.status === 'conflict') {
          refused.push({ id: record.id, reason: r.error ? `${r.status}: ${r.error}` : r.status });
        }
        // Anything else: leave it pending for a later pass.
      });
      await store.settle(done, refused);
      delivered += done.length;
      failed += refused.length;
    }
  });
}
