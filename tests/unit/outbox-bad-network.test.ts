// Issue 11, the phone side: what stands between the phone and our server must never bury
// feedback. A body that stalls after its headers times out (and frees the lock); a proxy's
// or firewall's page, or a status our API never sends, keeps the items pending; only our
// server's own refusals are final, and a refused batch is split to find the one bad item.
// Real Dexie over fake-indexeddb; the network is an injected fetch.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type QadamDB } from '../../src/data/db';
import type { SyncDeps } from '../../src/data/outbox/sync';
import { dexieOutbox } from '../../src/data/outbox/dexie-store';
import { sendPending, withOutboxLock } from '../../src/shared/outbox/send';
import { deleteDbs, uniqueDbName } from './helpers/dexie-versions';
import { answer, html, json, makeSync as makeSyncOver, record, server, type Item } from './helpers/outbox';

let db: QadamDB;
let name: string;
beforeEach(() => {
  name = uniqueDbName('outbox-net');
  db = openDb(name);
});
afterEach(async () => {
  db.close();
  await deleteDbs([name]);
});

const makeSync = (fetchImpl: typeof fetch, extra: Partial<SyncDeps> = {}) => makeSyncOver(db, fetchImpl, extra);
const byState = async () => ({
  pending: await db.outbox.where('state').equals('pending').count(),
  failed: await db.outbox.where('state').equals('failed').count(),
});

/** Headers now, a body never: the way a real fetch behaves, aborting ends the body with an error. */
function stalledBody(init?: RequestInit, status = 200) {
  const signal = init?.signal ?? undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"results":['));
      signal?.addEventListener('abort', () => controller.error(new DOMException('The operation was aborted.', 'AbortError')));
    },
  });
  return new Response(body, { status, headers: { 'content-type': 'application/json' } });
}

describe('a body that stalls after the headers', () => {
  it('times out, keeps the items pending, and releases the lock for the next send and for Delete', async () => {
    await db.outbox.bulkAdd([record(1), record(2)]);
    let signal: AbortSignal | null | undefined;
    const { fetchImpl } = server((_items, _call, init) => {
      signal = init?.signal;
      return stalledBody(init);
    });
    const outcome = await sendPending(dexieOutbox(db), { fetchImpl, timeoutMs: 100 });
    expect(outcome).toMatchObject({ status: 'retry', delivered: 0, failed: 0, reason: 'timeout' });
    expect(signal?.aborted).toBe(true); // the request and its body were ended, not left open
    expect(await byState()).toEqual({ pending: 2, failed: 0 });
    // The lock is free again: someone else gets it at once.
    expect(await withOutboxLock(async () => 'free')).toBe('free');

    // The next attempt, with a healthy answer, delivers both (same ids).
    const healthy = server((items) => answer(items));
    expect(await sendPending(dexieOutbox(db), { fetchImpl: healthy.fetchImpl })).toEqual({ status: 'done', delivered: 2, failed: 0 });
  });

  it('through the page sync: the flush ends and schedules a retry instead of hanging', async () => {
    await db.outbox.add(record(1));
    const { fetchImpl } = server((_items, _call, init) => stalledBody(init));
    const { sync, pendingTimers } = makeSync(fetchImpl, { timeoutMs: 100 });
    expect(await sync.flush()).toMatchObject({ status: 'retry', reason: 'timeout', retryInMs: 1_000 });
    expect(pendingTimers()).toHaveLength(1);
  });
});

describe('answers that are not our server are a bad network, never a verdict', () => {
  const foreign: [string, () => Response][] = [
    ['a firewall page (403 HTML)', () => html(403, 'Access denied by corporate policy')],
    ['a proxy 404 page', () => html(404, 'Not Found')],
    ['a 400 from a proxy, in HTML', () => html(400, 'Bad Request')],
    ['a 415 without our JSON error', () => new Response('nope', { status: 415 })],
    ['a 400 with JSON that is not our error shape', () => json(400, { message: 'bad' })],
    ['a 451 our API never sends', () => json(451, { error: 'Unavailable For Legal Reasons' })],
    ['a captive portal (200 HTML)', () => html(200, 'Log in to free Wi-Fi')],
  ];
  for (const [label, reply] of foreign) {
    it(`${label}: the items stay pending and a retry is scheduled`, async () => {
      await db.outbox.bulkAdd(Array.from({ length: 100 }, (_, i) => record(i)));
      const { fetchImpl, mock } = server(() => reply());
      const { sync, pendingTimers } = makeSync(fetchImpl);
      expect(await sync.flush()).toMatchObject({ status: 'retry', delivered: 0, failed: 0 });
      expect(mock).toHaveBeenCalledTimes(1); // no splitting for an answer that is not ours
      expect(await byState()).toEqual({ pending: 100, failed: 0 });
      expect(pendingTimers().map((t) => t.ms)).toEqual([1_000]);
    });
  }

  it('a gateway 502/503 HTML page keeps them too, and honours Retry-After', async () => {
    await db.outbox.add(record(1));
    const { fetchImpl } = server(() => new Response('<html>502 Bad Gateway</html>', { status: 503, headers: { 'content-type': 'text/html', 'retry-after': '20' } }));
    const { sync, pendingTimers } = makeSync(fetchImpl);
    expect(await sync.flush()).toMatchObject({ status: 'retry', reason: 'HTTP 503', retryInMs: 20_000 });
    expect(pendingTimers().map((t) => t.ms)).toEqual([20_000]);
    expect(await byState()).toEqual({ pending: 1, failed: 0 });
  });
});

const html403 = server(() => html(403, 'Access denied'));

describe("our server's refusal of a whole batch: split it to find the bad item", () => {
  it('a 400 for a batch of 100 with one bad item fails only that item; the 99 others are stored', async () => {
    const records = Array.from({ length: 100 }, (_, i) => record(i));
    const bad = records[37].id;
    await db.outbox.bulkAdd(records);
    const stored = new Set<string>();
    const { fetchImpl, batches } = server((items: Item[]) => {
      if (items.some((i) => i.id === bad)) return json(400, { error: 'Malformed item in body' });
      items.forEach((i) => stored.add(i.id));
      return answer(items);
    });
    const { sync } = makeSync(fetchImpl);
    expect(await sync.flush()).toEqual({ status: 'done', delivered: 99, failed: 1 });
    expect(stored.size).toBe(99);
    expect(stored.has(bad)).toBe(false);
    const left = await db.outbox.toArray();
    expect(left.map((r) => [r.id, r.state, r.error, r.final])).toEqual([[bad, 'failed', 'HTTP 400: Malformed item in body', true]]);
    // Halving: the bad item is found in about 2·log2(100) requests, not 100.
    expect(batches.length).toBeLessThanOrEqual(15);
    expect(batches.at(-1)?.length).toBe(50); // the untouched half went as one request
    // Refused by our server on its own: never resent automatically.
    expect(await sync.flush()).toEqual({ status: 'idle' });
  });

  it('a 413 (too large for the server) is split until the pieces fit, and all are delivered', async () => {
    await db.outbox.bulkAdd(Array.from({ length: 40 }, (_, i) => record(i)));
    const { fetchImpl, batches } = server((items) => (items.length > 10 ? json(413, { error: 'Request body is too large (limit 262144 bytes)' }) : answer(items)));
    expect(await makeSync(fetchImpl).sync.flush()).toEqual({ status: 'done', delivered: 40, failed: 0 });
    expect(await db.outbox.count()).toBe(0);
    expect(batches.filter((b) => b.length <= 10).flat()).toHaveLength(40);
  });

  it('a 415 with our JSON for a lone item fails it, with our reason', async () => {
    await db.outbox.add(record(1));
    const { fetchImpl } = server(() => json(415, { error: 'Content-Type must be application/json' }));
    expect(await makeSync(fetchImpl).sync.flush()).toEqual({ status: 'done', delivered: 0, failed: 1 });
    expect((await db.outbox.toArray())[0]).toMatchObject({ state: 'failed', error: 'HTTP 415: Content-Type must be application/json', final: true });
  });

  it('a network failure while splitting stops the pass: what was not answered stays pending', async () => {
    await db.outbox.bulkAdd(Array.from({ length: 8 }, (_, i) => record(i)));
    const { fetchImpl } = server((items, call) => {
      if (call === 1) return json(400, { error: 'Malformed JSON body' });
      if (call === 2) return answer(items);
      throw new TypeError('Failed to fetch');
    });
    expect(await makeSync(fetchImpl).sync.flush()).toMatchObject({ status: 'retry', delivered: 4, failed: 0, reason: 'network' });
    expect(await byState()).toEqual({ pending: 4, failed: 0 });
  });

  it('a request without a definite answer counts a try (the server may have them); a verdict does not', async () => {
    await db.outbox.bulkAdd([record(1), record(2)]);
    const lost = server(() => {
      throw new TypeError('network connection was lost');
    });
    await sendPending(dexieOutbox(db), { fetchImpl: lost.fetchImpl });
    await sendPending(dexieOutbox(db), { fetchImpl: html403.fetchImpl });
    expect((await db.outbox.toArray()).map((r) => r.tries)).toEqual([2, 2]);
    // Our own busy answer (a batch is one transaction) says nothing was stored.
    await sendPending(dexieOutbox(db), { fetchImpl: server(() => json(503, { error: 'Disk full' }, { 'retry-after': '60' })).fetchImpl });
    expect((await db.outbox.toArray()).map((r) => r.tries)).toEqual([2, 2]);
    expect(await db.settings.get('outboxInFlight')).toBeUndefined();
  });

  it('a page that dies mid-request leaves its note: those records count as tried at the next send', async () => {
    await db.outbox.bulkAdd([record(1), record(2)]);
    const [a, b] = (await db.outbox.orderBy('createdAt').toArray()).map((r) => r.id);
    await dexieOutbox(db).beginTry([a]); // …and the tab was closed before the answer came
    const { fetchImpl } = server(() => json(503, { error: 'Internal server error; please retry later' }));
    await sendPending(dexieOutbox(db), { fetchImpl });
    expect((await db.outbox.get(a))?.tries).toBe(1);
    expect((await db.outbox.get(b))?.tries).toBeUndefined();
  });
});

describe('the connection comes back (an online event: flush({ fresh: true }))', () => {
  it('runs again right after a run that was stuck on a request from before, and delivers', async () => {
    await db.outbox.add(record(1));
    let release!: () => void;
    const stuck = new Promise<void>((r) => (release = r));
    const { fetchImpl, mock } = server(async (items, call) => {
      if (call === 1) {
        await stuck;
        throw new TypeError('network connection was lost');
      }
      return answer(items);
    });
    const { sync, pendingTimers } = makeSync(fetchImpl);
    const first = sync.flush();
    await expect.poll(() => mock.mock.calls.length).toBe(1);
    const online = sync.flush({ fresh: true });
    release();
    expect(await first).toEqual({ status: 'done', delivered: 1, failed: 0 });
    expect(await online).toEqual({ status: 'done', delivered: 1, failed: 0 });
    expect(mock).toHaveBeenCalledTimes(2); // no waiting for a backoff timer
    expect(pendingTimers()).toHaveLength(0);
  });

  it('starts the backoff again from 1 s', async () => {
    await db.outbox.add(record(1));
    const { fetchImpl } = server(() => json(503, { error: 'Internal server error; please retry later' }));
    const { sync, pendingTimers } = makeSync(fetchImpl);
    for (let i = 0; i < 4; i++) await sync.flush();
    expect(pendingTimers().at(-1)!.ms).toBe(8_000);
    await sync.flush({ fresh: true });
    expect(pendingTimers().at(-1)!.ms).toBe(1_000);
  });
});
