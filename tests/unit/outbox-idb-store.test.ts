// The service worker's side of the outbox: plain IndexedDB (no Dexie) over the very table
// the page writes through Dexie. Both see the same records, the worker never creates the
// database, and the page's live queries hear about what the worker changed.
import { afterEach, describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import { openDb, DB_NAME, type OutboxRecord, type QadamDB } from '../../src/data/db';
import { openOutboxStore } from '../../src/shared/outbox/idb-store';
import { sendPending } from '../../src/shared/outbox/send';
import { announceOutsideChange } from '../../src/data/outbox/dexie-store';
import { SCHEMA_HISTORY, createAtVersion, deleteDbs } from './helpers/dexie-versions';

let db: QadamDB | null = null;
afterEach(async () => {
  db?.close();
  db = null;
  await deleteDbs([DB_NAME]);
});

const record = (n: number, state: OutboxRecord['state'] = 'pending'): OutboxRecord => {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const createdAt = new Date(Date.UTC(2026, 2, 1, 10, 0, n)).toISOString();
  return { id, state, createdAt, item: { id, kind: 'app', comment: `n${n}`, lang: 'ru', appVersion: 't', contentVersion: 'c', createdAt } };
};

describe('the worker outbox over plain IndexedDB', () => {
  it('does not create the database when the page never did (nothing can be queued)', async () => {
    expect(await openOutboxStore()).toBeNull();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(DB_NAME);
  });

  it('reads what the page queued through Dexie, and settles it where the page sees it', async () => {
    db = openDb();
    await db.outbox.bulkAdd([record(1), record(2), record(3, 'failed')]);
    const store = await openOutboxStore();
    expect(store).not.toBeNull();
    expect((await store!.pending()).map((r) => r.id).sort()).toEqual([record(1).id, record(2).id]);
    await store!.settle([record(1).id], [{ id: record(2).id, reason: 'invalid: comment: too long' }]);
    store!.close();
    expect(await db.outbox.get(record(1).id)).toBeUndefined();
    expect(await db.outbox.get(record(2).id)).toMatchObject({ state: 'failed', error: 'invalid: comment: too long' });
    expect(await db.outbox.get(record(3).id)).toMatchObject({ state: 'failed' });
  });

  it('runs the one sending core: what the server stored leaves the outbox', async () => {
    db = openDb();
    await db.outbox.bulkAdd([record(1), record(2)]);
    const store = (await openOutboxStore())!;
    const fetchImpl = (async (_url: RequestInfo | URL, init?: RequestInit) => {
      const items = JSON.parse(String(init?.body)).items as { id: string }[];
      return new Response(JSON.stringify({ results: items.map((i) => ({ id: i.id, status: 'stored' })) }), { status: 200 });
    }) as typeof fetch;
    expect(await sendPending(store, { fetchImpl })).toEqual({ status: 'done', delivered: 2, failed: 0 });
    store.close();
    expect(await db.outbox.count()).toBe(0);
  });

  it("lets the page's live queries see the worker's change once announced", async () => {
    db = openDb();
    await db.outbox.bulkAdd([record(1), record(2)]);
    const seen: number[] = [];
    const live = db;
    const sub = liveQuery(() => live.outbox.where('state').equals('pending').count()).subscribe((n) => seen.push(n));
    await expect.poll(() => seen.at(-1)).toBe(2);
    const store = (await openOutboxStore())!;
    await store.settle([record(1).id], []);
    store.close();
    await announceOutsideChange(db);
    await expect.poll(() => seen.at(-1)).toBe(1);
    sub.unsubscribe();
  });

  it('remembers what it settled as sent, where the page sees it, and notes a request in flight', async () => {
    db = openDb();
    await db.outbox.bulkAdd([record(1), record(2)]);
    const store = (await openOutboxStore())!;
    await store.beginTry([record(1).id]);
    expect((await db.settings.get('outboxInFlight'))?.value).toEqual([record(1).id]);
    await store.endTry([record(1).id], true); // no definite answer: the server may have it
    expect((await db.outbox.get(record(1).id))?.tries).toBe(1);
    expect(await db.settings.get('outboxInFlight')).toBeUndefined();
    await store.settle([record(1).id], [{ id: record(2).id, reason: 'conflict' }]);
    store.close();
    expect((await db.sent.get(record(1).id))?.id).toBe(record(1).id);
    expect(await db.outbox.get(record(2).id)).toMatchObject({ state: 'failed', error: 'conflict', final: true });
  });

  it('still settles on a version-2 database (a new worker before a new page upgraded it): no sent table, no error', async () => {
    await createAtVersion(DB_NAME, 2, SCHEMA_HISTORY[2], { outbox: [record(1), record(2)] });
    const store = (await openOutboxStore())!;
    await store.settle([record(1).id], []);
    const left = await store.pending();
    store.close();
    expect(left.map((r) => r.id)).toEqual([record(2).id]);
  });
});
