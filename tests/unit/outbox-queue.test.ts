// The outbox queue: what enqueue adds to an item (and what it leaves out), the record it
// stores, removing one, storage-full handling, and the once-per-phone notes (opened, activation).
// Items are checked against the server's own validator, so phone and server agree.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '../../src/data/database';
import { setSetting } from '../../src/data/settings';
import { userError } from '../../src/data/errors';
import { contentVersion } from '../../src/data/packs';
import manifest from '../../src/generated/packs.json';
import { enqueue, onOutboxChange, queueOncePerPhone, remove } from '../../src/data/outbox/queue';
import { dexieOutbox } from '../../src/data/outbox/dexie-store';

const rows = async () => (await getDb()).outbox.orderBy('createdAt').toArray();
const count = async (state?: 'pending' | 'failed') => {
  const db = await getDb();
  return state ? db.outbox.where('state').equals(state).count() : db.outbox.count();
};
/** As the sending core does when the server refuses an item for good. */
const markFailed = async (id: string, reason: string) => dexieOutbox(await getDb()).settle([], [{ id, reason }]);

type CheckItem = (raw: unknown, now?: number) => { ok: boolean; error?: string };
let checkItem: CheckItem;
const schemaPath = '../../server/feedback/schema.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeEach(async () => {
  checkItem ??= ((await import(/* @vite-ignore */ schemaPath)) as { checkItem: CheckItem }).checkItem;
  const db = await getDb();
  await db.outbox.clear();
  await db.settings.clear();
  userError.set(null);
});
afterEach(() => vi.restoreAllMocks());

describe('enqueue', () => {
  it('fills id, createdAt, lang, appVersion, contentVersion and src, and stores a pending record', async () => {
    await setSetting('src', 'border-zhibek-2026-12');
    const before = Date.now();
    const rec = await enqueue({ kind: 'article', target: 'birth-registration', rating: 'up', comment: ' Very clear ', lang: 'kk' });
    expect(rec.item).toEqual({
      id: rec.id,
      kind: 'article',
      target: 'birth-registration',
      rating: 'up',
      comment: 'Very clear',
      lang: 'kk',
      appVersion: 'test',
      contentVersion: manifest.contentVersion,
      src: 'border-zhibek-2026-12',
      createdAt: rec.createdAt,
    });
    expect(contentVersion).toBe(manifest.contentVersion);
    expect(rec.id).toMatch(UUID);
    expect(Date.parse(rec.createdAt)).toBeGreaterThanOrEqual(before);
    expect(rec.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(rec).toMatchObject({ state: 'pending' });
    expect(await (await getDb()).outbox.get(rec.id)).toEqual(rec);
    expect(checkItem(rec.item)).toMatchObject({ ok: true });
  });

  it('leaves out empty optional fields (the server refuses null) and has no src without a campaign', async () => {
    const rec = await enqueue({ kind: 'app', comment: '   ', lang: 'ru' });
    expect(Object.keys(rec.item).sort()).toEqual(['appVersion', 'contentVersion', 'createdAt', 'id', 'kind', 'lang']);
    expect(checkItem(rec.item)).toMatchObject({ ok: true });
  });

  it('takes the language from settings when the form does not say, else Russian', async () => {
    expect((await enqueue({ kind: 'app', comment: 'x' })).item.lang).toBe('ru');
    await setSetting('lang', 'tg');
    expect((await enqueue({ kind: 'app', comment: 'x' })).item.lang).toBe('tg');
  });

  it('makes items the server accepts for every kind', async () => {
    const items = [
      await enqueue({ kind: 'checklist', target: 'register-birth', rating: 'down', lang: 'uz' }),
      await enqueue({ kind: 'point', target: 'legal-aid-almaty-3', reason: 'wrong_phone', comment: 'Номер не отвечает', lang: 'ky' }),
      await enqueue({ kind: 'app', comment: '👍'.repeat(2000), lang: 'en' }),
    ];
    for (const r of items) expect(checkItem(r.item), JSON.stringify(r.item).slice(0, 80)).toMatchObject({ ok: true });
  });

  it('gives every item its own id', async () => {
    const ids = new Set();
    for (let i = 0; i < 20; i++) ids.add((await enqueue({ kind: 'app', comment: `n${i}`, lang: 'en' })).id);
    expect(ids.size).toBe(20);
  });

  it('tells listeners (the sync) after it stored the item', async () => {
    const seen: string[] = [];
    const off = onOutboxChange((c) => seen.push(c));
    await enqueue({ kind: 'app', comment: 'x', lang: 'en' });
    off();
    expect(seen).toEqual(['enqueue']);
  });

  it('storage full: reports a quota error to the user and rethrows, so the form keeps the text', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const db = await getDb();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db.outbox, 'add').mockRejectedValue(quota);
    const seen: string[] = [];
    const off = onOutboxChange((c) => seen.push(c));
    await expect(enqueue({ kind: 'app', comment: 'my words', lang: 'ru' })).rejects.toBe(quota);
    off();
    expect(userError.get()).toMatchObject({ kind: 'quota' });
    expect(seen).toEqual([]);
  });
});

describe('the outbox store, and remove', () => {
  it('keeps records oldest first, and a refused one out of what is sent', async () => {
    const a = await enqueue({ kind: 'app', comment: 'a', lang: 'en' });
    await new Promise((r) => setTimeout(r, 3));
    const b = await enqueue({ kind: 'app', comment: 'b', lang: 'en' });
    await new Promise((r) => setTimeout(r, 3));
    const c = await enqueue({ kind: 'app', comment: 'c', lang: 'en' });
    await markFailed(b.id, 'invalid: comment: must be a string');
    expect((await rows()).map((r) => r.id)).toEqual([a.id, b.id, c.id]);
    const pending = await dexieOutbox(await getDb()).pending();
    expect(pending.map((r) => r.id).sort()).toEqual([a.id, c.id].sort());
    expect((await (await getDb()).outbox.get(b.id))?.error).toBe('invalid: comment: must be a string');
    expect(await count()).toBe(3);
    expect(await count('pending')).toBe(2);
    expect(await count('failed')).toBe(1);
  });

  it('removes an unsent item, and says "gone" for one no longer there', async () => {
    const a = await enqueue({ kind: 'app', comment: 'a', lang: 'en' });
    const b = await enqueue({ kind: 'app', comment: 'b', lang: 'en' });
    await markFailed(b.id, 'conflict');
    expect(await remove(a.id)).toBe('deleted');
    expect(await remove(b.id)).toBe('deleted');
    expect(await remove(a.id)).toBe('gone');
    expect(await count()).toBe(0);
  });
});

describe('activation (campaign counting)', () => {
  it('queues one anonymous activation item, once per phone, with only what enqueue adds', async () => {
    await setSetting('src', 'qr1');
    expect(await queueOncePerPhone('activation', 'kk')).toBe(true);
    expect(await queueOncePerPhone('activation', 'kk')).toBe(false);
    expect(await queueOncePerPhone('activation', 'ru')).toBe(false);
    const all = await rows();
    expect(all).toHaveLength(1);
    expect(Object.keys(all[0].item).sort()).toEqual(['appVersion', 'contentVersion', 'createdAt', 'id', 'kind', 'lang', 'src']);
    expect(all[0].item).toMatchObject({ kind: 'activation', lang: 'kk', src: 'qr1' });
    expect(checkItem(all[0].item)).toMatchObject({ ok: true });
    expect((await (await getDb()).settings.get('activationQueued'))?.value).toBe(true);
  });

  it('is still once when two tabs (or renders) ask at the same moment', async () => {
    const results = await Promise.all([queueOncePerPhone('activation', 'ru'), queueOncePerPhone('activation', 'ru'), queueOncePerPhone('activation', 'ru')]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await count()).toBe(1);
  });

  it('stays once after the item was sent and left the outbox', async () => {
    await queueOncePerPhone('activation', 'en');
    await (await getDb()).outbox.clear();
    expect(await queueOncePerPhone('activation', 'en')).toBe(false);
    expect(await count()).toBe(0);
  });
});

describe('opened (issue 13: the first open, ready offline or not)', () => {
  it('queues one anonymous `opened` item per phone, with exactly the fields of an activation', async () => {
    await setSetting('src', 'flyer-2026');
    expect(await queueOncePerPhone('opened', 'tg')).toBe(true);
    expect(await queueOncePerPhone('opened', 'tg')).toBe(false);
    expect(await queueOncePerPhone('opened', 'ru')).toBe(false);
    const [opened] = await rows();
    expect(Object.keys(opened.item).sort()).toEqual(['appVersion', 'contentVersion', 'createdAt', 'id', 'kind', 'lang', 'src']);
    expect(opened.item).toMatchObject({ kind: 'opened', lang: 'tg', src: 'flyer-2026' });
    expect(opened.state).toBe('pending'); // offline or not: it waits in the outbox until sent
    expect(checkItem(opened.item)).toMatchObject({ ok: true });
  });

  it('is counted apart from the activation: one of each, whatever the order', async () => {
    expect(await queueOncePerPhone('activation', 'ky')).toBe(true);
    expect(await queueOncePerPhone('opened', 'ky')).toBe(true);
    expect(await queueOncePerPhone('opened', 'ky')).toBe(false);
    expect(await queueOncePerPhone('activation', 'ky')).toBe(false);
    expect((await rows()).map((r) => r.item.kind).sort()).toEqual(['activation', 'opened']);
  });

  it('is never queued twice: not by tabs at the same moment, not after it was sent', async () => {
    const results = await Promise.all([1, 2, 3].map(() => queueOncePerPhone('opened', 'uz')));
    expect(results.filter(Boolean)).toHaveLength(1);
    const [sent] = await rows();
    await dexieOutbox(await getDb()).settle([sent.id], []);
    expect(await queueOncePerPhone('opened', 'uz')).toBe(false);
    expect(await count()).toBe(0);
  });

  it('carries no identifier of the phone: two phones make items that differ only in id and time', async () => {
    await queueOncePerPhone('opened', 'en');
    const [a] = await rows();
    await (await getDb()).settings.clear(); // as a second, fresh phone
    await (await getDb()).outbox.clear();
    await queueOncePerPhone('opened', 'en');
    const [b] = await rows();
    const strip = ({ id: _id, createdAt: _t, ...rest }: Record<string, unknown>) => rest;
    expect(strip(a.item)).toEqual(strip(b.item));
  });
});
