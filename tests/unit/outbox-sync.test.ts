// Sending the outbox: oldest first in batches of 100, an item leaves only when the server
// confirms it, and every failure class does the right thing (keep and retry with backoff,
// or keep as failed with the server's reason and never resend). Real Dexie over
// fake-indexeddb; the network is an injected fetch.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type QadamDB } from '../../src/data/db';
import type { SyncDeps } from '../../src/data/outbox/sync';
import { dexieOutbox } from '../../src/data/outbox/dexie-store';
import { MAX_BATCH_BYTES, sendPending } from '../../src/shared/outbox/send';
import { deleteDbs, uniqueDbName } from './helpers/dexie-versions';
import { answer, json, makeSync as makeSyncOver, record, server } from './helpers/outbox';

let db: QadamDB;
let name: string;
beforeEach(() => {
  name = uniqueDbName('outbox');
  db = openDb(name);
});
afterEach(async () => {
  db.close();
  await deleteDbs([name]);
});

const makeSync = (fetchImpl: typeof fetch, extra: Partial<SyncDeps> = {}) => makeSyncOver(db, fetchImpl, extra);

const states = async () => Object.fromEntries((await db.outbox.toArray()).map((r) => [r.id, r.state]));

describe('order and batching', () => {
  it('sends oldest first, in batches of at most 100, one request at a time', async () => {
    const records = Array.from({ length: 250 }, (_, i) => record(i));
    // Stored in a scrambled order: the outbox must still send by createdAt.
    const scrambled = [...records].sort((a, b) => (a.id.slice(-3) < b.id.slice(-3) ? 1 : -1));
    await db.outbox.bulkAdd(scrambled);
    let inFlight = 0;
    const { fetchImpl, batches } = server(async (items) => {
      inFlight += 1;
      expect(inFlight).toBe(1);
      await new Promise((r) => setTimeout(r, 1));
      inFlight -= 1;
      return answer(items);
    });
    const { sync } = makeSync(fetchImpl);
    expect(await sync.flush()).toEqual({ status: 'done', delivered: 250, failed: 0 });
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(batches.flat().map((i) => i.createdAt)).toEqual(records.map((r) => r.createdAt));
    expect(batches.flat().map((i) => i.id)).toEqual(records.map((r) => r.id));
    expect(await db.outbox.count()).toBe(0);
  });

  it('sends exactly the stored item, field for field', async () => {
    const r = record(1, { kind: 'article', target: 'school', rating: 'up', src: 'qr1' });
    await db.outbox.add(r);
    const { fetchImpl, batches } = server((items) => answer(items));
    await makeSync(fetchImpl).sync.flush();
    expect(batches).toEqual([[r.item]]);
  });

  it('also splits by size, so a body never nears the server limit of 256 KiB', async () => {
    const long = 'я'.repeat(2000); // 4000 bytes of UTF-8
    await db.outbox.bulkAdd(Array.from({ length: 100 }, (_, i) => record(i, { comment: long })));
    const bodies: number[] = [];
    const { fetchImpl, batches } = server((items) => answer(items));
    const spy = vi.fn((url: RequestInfo | URL, init?: RequestInit) => {
      bodies.push(new TextEncoder().encode(String(init?.body)).length);
      return fetchImpl(url, init);
    });
    await makeSync(spy as typeof fetch).sync.flush();
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat()).toHaveLength(100);
    for (const bytes of bodies) expect(bytes).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('transient failures keep every item and retry with backoff', () => {
  it('network error: nothing removed, retry in 1 s (+ jitter)', async () => {
    await db.outbox.bulkAdd([record(1), record(2)]);
    const { fetchImpl, mock } = server(() => {
      throw new TypeError('Failed to fetch');
    });
    const { sync, pendingTimers } = makeSync(fetchImpl, { random: () => 0.5 });
    const result = await sync.flush();
    expect(result).toMatchObject({ status: 'retry', reason: 'network', retryInMs: 1_500 });
    expect(mock).toHaveBeenCalledTimes(1);
    const rows = await db.outbox.toArray();
    expect(rows.map((r) => r.state)).toEqual(['pending', 'pending']);
    expect(pendingTimers().map((t) => t.ms)).toEqual([1_500]);
    expect(sync.retryScheduled()).toBe(true);
  });

  it('500: items stay; repeated failures back off 1 s, 2 s, 4 s; success resets', async () => {
    await db.outbox.add(record(1));
    let fail = true;
    const { fetchImpl } = server((items) => (fail ? json(500, { error: 'Internal server error; please retry later' }) : answer(items)));
    const { sync, pendingTimers } = makeSync(fetchImpl);
    const waits = [];
    for (let i = 0; i < 3; i++) {
      const r = await sync.flush();
      expect(r.status).toBe('retry');
      waits.push(pendingTimers().at(-1)!.ms);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000]);
    expect(await states()).toEqual({ [(await db.outbox.toArray())[0].id]: 'pending' });

    // The timer is what retries while the app is open.
    fail = false;
    pendingTimers().at(-1)!.fn();
    await sync.flush(); // joins the run the timer started, and waits for its end
    expect(await db.outbox.count()).toBe(0);
    expect(sync.retryScheduled()).toBe(false);

    // After a success the next failure starts again from 1 s.
    fail = true;
    await db.outbox.add(record(5));
    await sync.flush();
    expect(pendingTimers().at(-1)!.ms).toBe(1_000);
  });

  it('429: items stay and the retry waits at least Retry-After', async () => {
    await db.outbox.add(record(1));
    const { fetchImpl } = server(() => json(429, { error: 'Too many requests; retry in 42 seconds' }, { 'retry-after': '42' }));
    const { sync, pendingTimers } = makeSync(fetchImpl);
    const result = await sync.flush();
    expect(result).toMatchObject({ status: 'retry', reason: 'HTTP 429', retryInMs: 42_000 });
    expect(pendingTimers().map((t) => t.ms)).toEqual([42_000]);
    expect(await db.outbox.where('state').equals('pending').count()).toBe(1);
  });

  it('a 200 that is not the API answer (captive portal page) keeps the items too', async () => {
    await db.outbox.add(record(1));
    const { fetchImpl } = server(() => new Response('<html>Log in to Wi-Fi</html>', { status: 200 }));
    const { sync } = makeSync(fetchImpl);
    expect((await sync.flush()).status).toBe('retry');
    expect(await db.outbox.where('state').equals('pending').count()).toBe(1);
  });

  it('stops at the first failing batch and keeps that batch and the rest', async () => {
    await db.outbox.bulkAdd(Array.from({ length: 150 }, (_, i) => record(i)));
    const { fetchImpl, batches } = server((items, call) => (call === 1 ? answer(items) : json(503, { error: 'down' })));
    const result = await makeSync(fetchImpl).sync.flush();
    expect(result).toMatchObject({ status: 'retry', delivered: 100 });
    expect(batches.map((b) => b.length)).toEqual([100, 50]);
    expect(await db.outbox.where('state').equals('pending').count()).toBe(50);
  });

  it('does not send while the probe says offline, and schedules a retry', async () => {
    await db.outbox.add(record(1));
    const { fetchImpl, mock } = server((items) => answer(items));
    const { sync, pendingTimers } = makeSync(fetchImpl, { probe: async () => 'offline' });
    expect(await sync.flush()).toEqual({ status: 'offline', retryInMs: 1_000 });
    expect(mock).not.toHaveBeenCalled();
    expect(pendingTimers()).toHaveLength(1);
  });

  it('does not probe or send when nothing is pending', async () => {
    const probe = vi.fn(async () => 'online' as const);
    const { fetchImpl, mock } = server((items) => answer(items));
    expect(await makeSync(fetchImpl, { probe }).sync.flush()).toEqual({ status: 'idle' });
    expect(probe).not.toHaveBeenCalled();
    expect(mock).not.toHaveBeenCalled();
  });
});

describe('answers the server gives for each item', () => {
  it('stored and duplicate leave the outbox; invalid and conflict stay as failed with the reason', async () => {
    const rs = [record(1), record(2), record(3), record(4)];
    await db.outbox.bulkAdd(rs);
    const verdicts: Record<string, string | [string, string]> = {
      [rs[0].id]: 'stored',
      [rs[1].id]: 'duplicate',
      [rs[2].id]: ['invalid', 'comment: must be at most 2000 characters'],
      [rs[3].id]: 'conflict',
    };
    const { fetchImpl, mock } = server((items) => answer(items, (item) => verdicts[item.id]));
    const { sync } = makeSync(fetchImpl);
    expect(await sync.flush()).toEqual({ status: 'done', delivered: 2, failed: 2 });
    const left = await db.outbox.orderBy('createdAt').toArray();
    expect(left.map((r) => [r.id, r.state, r.error])).toEqual([
      [rs[2].id, 'failed', 'invalid: comment: must be at most 2000 characters'],
      [rs[3].id, 'failed', 'conflict'],
    ]);
    // Failed items are shown, never resent.
    expect(await sync.flush()).toEqual({ status: 'idle' });
    expect(mock).toHaveBeenCalledTimes(1);
    expect(await db.outbox.where('state').equals('failed').count()).toBe(2);
  });

  it('a duplicate (a resend after a lost answer) counts as delivered', async () => {
    await db.outbox.bulkAdd([record(1), record(2)]);
    const { fetchImpl } = server((items) => answer(items, () => 'duplicate'));
    expect(await makeSync(fetchImpl).sync.flush()).toEqual({ status: 'done', delivered: 2, failed: 0 });
    expect(await db.outbox.count()).toBe(0);
  });

  it('an invalid item without a usable id is matched by position', async () => {
    const rs = [record(1), record(2)];
    await db.outbox.bulkAdd(rs);
    const { fetchImpl } = server(() =>
      json(200, { results: [{ id: null, status: 'invalid', error: 'id: must be a UUID' }, { id: rs[1].id.toUpperCase(), status: 'stored' }] }),
    );
    await makeSync(fetchImpl).sync.flush();
    expect((await db.outbox.toArray()).map((r) => [r.id, r.state, r.error])).toEqual([[rs[0].id, 'failed', 'invalid: id: must be a UUID']]);
  });

  it('an unknown status leaves the item pending, without looping in the same flush', async () => {
    await db.outbox.add(record(1));
    const { fetchImpl, mock } = server((items) => answer(items, () => 'maybe'));
    expect(await makeSync(fetchImpl).sync.flush()).toEqual({ status: 'done', delivered: 0, failed: 0 });
    expect(mock).toHaveBeenCalledTimes(1);
    expect(await db.outbox.where('state').equals('pending').count()).toBe(1);
  });
});

describe('one flush at a time', () => {
  it('concurrent flush calls send once', async () => {
    await db.outbox.bulkAdd([record(1), record(2), record(3)]);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { fetchImpl, mock } = server(async (items) => {
      await gate;
      return answer(items);
    });
    const { sync } = makeSync(fetchImpl);
    const a = sync.flush();
    const b = sync.flush();
    const c = sync.flush();
    await vi.waitFor(() => expect(mock).toHaveBeenCalledTimes(1));
    release();
    const results = await Promise.all([a, b, c]);
    expect(mock).toHaveBeenCalledTimes(1);
    expect(results[0]).toBe(results[1]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('an item queued during a flush is sent by that flush (it looks again)', async () => {
    await db.outbox.add(record(1));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { fetchImpl, batches } = server(async (items, call) => {
      if (call === 1) await gate;
      return answer(items);
    });
    const { sync } = makeSync(fetchImpl);
    const first = sync.flush();
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    const late = record(2);
    await db.outbox.add(late);
    const second = sync.flush();
    release();
    await Promise.all([first, second]);
    expect(batches.map((b) => b.map((i) => i.id))).toEqual([[batches[0][0].id], [late.id]]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('a send cut short leaves the items, and the resend uses the same ids', async () => {
    const r = record(1);
    await db.outbox.add(r);
    // The server stores the batch but the answer never arrives (tab closed, link dropped).
    const { fetchImpl, batches } = server((_items, call) => {
      if (call === 1) throw new TypeError('network connection was lost');
      return answer(batches[1], () => 'duplicate');
    });
    await sendPending(dexieOutbox(db), { fetchImpl });
    expect(await db.outbox.get(r.id)).toMatchObject({ state: 'pending' });
    expect(await sendPending(dexieOutbox(db), { fetchImpl })).toEqual({ status: 'done', delivered: 1, failed: 0 });
    expect(batches[0][0].id).toBe(batches[1][0].id);
  });
});

describe('triggers (startOutboxSync)', () => {
  it('flushes at start, after enqueue, when the phone comes online and when the page becomes visible', async () => {
    const { startOutboxSync } = await import('../../src/data/outbox/sync');
    const { enqueue, remove } = await import('../../src/data/outbox/queue');
    const flush = vi.fn(async () => ({ status: 'idle' as const }));
    const fake = { flush, cancelRetry: () => undefined, retryScheduled: () => false };
    startOutboxSync(fake);
    expect(flush).toHaveBeenCalledTimes(1); // app start

    const rec = await enqueue({ kind: 'app', comment: 'hello', lang: 'en' });
    expect(flush).toHaveBeenCalledTimes(2); // after enqueue

    window.dispatchEvent(new Event('online'));
    expect(flush).toHaveBeenCalledTimes(3);

    const visibility = vi.spyOn(document, 'visibilityState', 'get');
    visibility.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(3);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(4);

    // Deleting from the list sends nothing (the list on screen is a live query).
    await remove(rec.id);
    expect(flush).toHaveBeenCalledTimes(4);

    // Called again (e.g. hot reload): no second set of listeners.
    startOutboxSync(fake);
    window.dispatchEvent(new Event('online'));
    expect(flush).toHaveBeenCalledTimes(5);
  });
});
