// Deleting and retrying (issue 11, phone side): "Sent" only for what the server confirmed;
// Delete takes the outbox lock, so it never says "deleted" for an item a request is carrying
// right now, and says so when an earlier request may have delivered it; failed items can be
// tried again by hand, and those our server did not refuse are retried automatically, a few
// times. Real Dexie over fake-indexeddb (the app's own database), an injected fetch.
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../src/data/database';
import { enqueue, remove, retry, retryAutomatically } from '../../src/data/outbox/queue';
import { dexieOutbox } from '../../src/data/outbox/dexie-store';
import { sendPending } from '../../src/shared/outbox/send';
import { AUTO_RETRY_CAP, SENT_KEEP_MS, type OutboxRecord } from '../../src/shared/outbox/record';
import { answer, html, makeSync, server } from './helpers/outbox';

beforeEach(async () => {
  const db = await getDb();
  await Promise.all([db.outbox.clear(), db.sent.clear(), db.settings.clear()]);
});

const store = async () => dexieOutbox(await getDb());
const row = async (id: string) => (await getDb()).outbox.get(id);

describe('what the server confirmed is remembered (ids only, for a day)', () => {
  it('settle moves a confirmed id from the outbox to `sent` in one step; a deleted one is in neither', async () => {
    const a = await enqueue({ kind: 'app', comment: 'confirmed', lang: 'en' });
    const b = await enqueue({ kind: 'app', comment: 'deleted', lang: 'en' });
    await (await store()).settle([a.id], []);
    expect(await remove(b.id)).toBe('deleted');
    const db = await getDb();
    expect(await db.outbox.count()).toBe(0);
    expect((await db.sent.toArray()).map((s) => s.id)).toEqual([a.id]);
    // Nothing of what was written is kept: only the id and when.
    expect(Object.keys((await db.sent.get(a.id))!).sort()).toEqual(['at', 'id']);
  });

  it('forgets confirmations older than a day at the next settle', async () => {
    const db = await getDb();
    await db.sent.bulkPut([
      { id: 'old', at: Date.now() - SENT_KEEP_MS - 1_000 },
      { id: 'recent', at: Date.now() - 60_000 },
    ]);
    await (await store()).settle(['new'], []);
    expect((await db.sent.toArray()).map((s) => s.id).sort()).toEqual(['new', 'recent']);
  });
});

describe('Delete and the outbox lock', () => {
  it('pressed while a request carries the item: waits for the answer, then says "sent" (not "deleted")', async () => {
    const rec = await enqueue({ kind: 'app', comment: 'on its way', lang: 'en' });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const stored = new Set<string>();
    const { fetchImpl, batches } = server(async (items) => {
      await gate;
      items.forEach((i) => stored.add(i.id));
      return answer(items);
    });
    const sending = sendPending(await store(), { fetchImpl });
    await expect.poll(() => batches.length).toBe(1);
    let removed: string | null = null;
    const deleting = remove(rec.id).then((r) => (removed = r));
    // A fixed wait for something that must NOT happen (Delete finishing while the request is
    // out): there is no event for "still waiting"; a wrong early answer shows up here.
    await new Promise((r) => setTimeout(r, 50));
    expect(removed).toBeNull();
    release();
    await Promise.all([sending, deleting]);
    expect(stored.has(rec.id)).toBe(true);
    expect(removed).toBe('sent');
  });

  it('after a request whose answer was lost: deletes, but says the server may have it', async () => {
    const rec = await enqueue({ kind: 'app', comment: 'answer lost', lang: 'en' });
    const { fetchImpl } = server(() => {
      throw new TypeError('network connection was lost');
    });
    expect(await sendPending(await store(), { fetchImpl })).toMatchObject({ status: 'retry' });
    expect(await remove(rec.id)).toBe('deletedMaybeSent');
    expect(await row(rec.id)).toBeUndefined();
  });

  it('an item our server refused was never stored: deleting it is a plain "deleted"', async () => {
    const rec = await enqueue({ kind: 'app', comment: 'refused', lang: 'en' });
    const { fetchImpl } = server((items) => answer(items, () => ['invalid', 'comment: contains invalid Unicode']));
    await sendPending(await store(), { fetchImpl });
    expect(await row(rec.id)).toMatchObject({ state: 'failed', final: true });
    expect(await remove(rec.id)).toBe('deleted');
  });

  it('after a page died mid-request (its in-flight note is left): says the server may have it', async () => {
    const rec = await enqueue({ kind: 'app', comment: 'tab closed while sending', lang: 'en' });
    await (await store()).beginTry([rec.id]);
    expect(await remove(rec.id)).toBe('deletedMaybeSent');
  });
});

describe('Try again', () => {
  it('puts a failed item back to pending, without its reason, and the next send delivers it', async () => {
    const rec = await enqueue({ kind: 'app', comment: 'refused once', lang: 'en' });
    await (await store()).settle([], [{ id: rec.id, reason: 'HTTP 400: Malformed JSON body' }]);
    expect(await retry(rec.id)).toBe(true);
    const again = (await row(rec.id))!;
    expect(again.state).toBe('pending');
    expect(again).not.toHaveProperty('error');
    expect(again).not.toHaveProperty('final');
    const { fetchImpl } = server((items) => answer(items));
    expect(await sendPending(await store(), { fetchImpl })).toEqual({ status: 'done', delivered: 1, failed: 0 });
    expect(await retry(rec.id)).toBe(false); // nothing left to retry
  });
});

describe('automatic retry of items failed for a network-ish reason', () => {
  /** A record as an older app version left it: failed for a proxy's 403, no `final`. */
  async function failedByOldVersion(comment: string): Promise<OutboxRecord> {
    const rec = await enqueue({ kind: 'app', comment, lang: 'en' });
    await (await getDb()).outbox.update(rec.id, { state: 'failed', error: 'HTTP 403' });
    return rec;
  }

  it('the page sync retries it by itself and delivers it; our own refusals stay failed', async () => {
    const old = await failedByOldVersion('buried by a firewall page');
    const refused = await enqueue({ kind: 'app', comment: 'really invalid', lang: 'en' });
    await (await store()).settle([], [{ id: refused.id, reason: 'invalid: comment: too long' }]);
    const { fetchImpl, batches } = server((items) => answer(items));
    const { sync } = makeSync(await getDb(), fetchImpl);
    expect(await sync.flush()).toEqual({ status: 'done', delivered: 1, failed: 0 });
    expect(batches.flat().map((i) => i.id)).toEqual([old.id]);
    expect(await row(old.id)).toBeUndefined();
    expect(await row(refused.id)).toMatchObject({ state: 'failed', final: true });
  });

  it(`is capped at ${AUTO_RETRY_CAP} automatic tries per item; then only Try again sends it`, async () => {
    const old = await failedByOldVersion('an old tab keeps failing it');
    const db = await getDb();
    for (let i = 1; i <= AUTO_RETRY_CAP; i++) {
      expect(await retryAutomatically(db)).toBe(1);
      expect(await row(old.id)).toMatchObject({ state: 'pending', autoRetries: i });
      // An old app version in another tab fails it again for a proxy's 4xx.
      await db.outbox.update(old.id, { state: 'failed', error: 'HTTP 403' });
    }
    expect(await retryAutomatically(db)).toBe(0);
    expect(await row(old.id)).toMatchObject({ state: 'failed', autoRetries: AUTO_RETRY_CAP });
    expect(await retry(old.id)).toBe(true); // by hand it still goes
    expect(await row(old.id)).toMatchObject({ state: 'pending' });
  });

  it('a proxy page that answers the retry keeps the item pending (never failed again by this version)', async () => {
    const old = await failedByOldVersion('still behind the firewall');
    const { fetchImpl } = server(() => html(403, 'Forbidden by policy'));
    const { sync } = makeSync(await getDb(), fetchImpl);
    expect(await sync.flush()).toMatchObject({ status: 'retry' });
    expect(await row(old.id)).toMatchObject({ state: 'pending', autoRetries: 1 });
  });
});
