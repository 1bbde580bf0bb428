// @vitest-environment node
// POST /api/feedback: what the app sees for each item it sends, and what ends up in SQLite.
import { beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { feedbackApi, articleItem } from '../helpers/feedback-api.js';

/** @type {Awaited<ReturnType<typeof feedbackApi>>} */
let fb;
beforeEach(async () => {
  fb = await feedbackApi({ name: 'ingest', adminToken: '' });
});

const item = articleItem;

const send = (/** @type {unknown[]} */ items) => fb.send(items);
const count = () => fb.count();
const row = (/** @type {string} */ id) => fb.row(id);

describe('storing items', () => {
  it('stores a valid item of every kind and reports "stored"', async () => {
    const items = [
      item(),
      item({ kind: 'checklist', target: 'register-child', rating: 'down', comment: 'step 3 unclear' }),
      item({ kind: 'point', target: 'pt_042.almaty', reason: 'wrong_phone', rating: undefined }),
      item({ kind: 'app', target: undefined, rating: 'up', src: 'qr-poster.2024_05' }),
      item({ kind: 'activation', target: undefined, rating: undefined, src: 'flyer-A' }),
    ];
    const results = await send(items);
    expect(results).toEqual(items.map((it) => ({ id: it.id, status: 'stored' })));
    expect(count()).toBe(5);
    expect(row(items[2].id)).toMatchObject({ kind: 'point', target: 'pt_042.almaty', reason: 'wrong_phone', rating: null });
    expect(row(items[4].id)).toMatchObject({ kind: 'activation', target: null, src: 'flyer-A', lang: 'ru' });
  });

  it('stores an upper-case UUID in lower case and answers with the lower-case id', async () => {
    const upper = randomUUID().toUpperCase();
    const [result] = await send([item({ id: upper })]);
    expect(result).toEqual({ id: upper.toLowerCase(), status: 'stored' });
    expect(row(upper.toLowerCase())).toBeTruthy();
  });

  it('records the UTC day of receipt and no IP or user agent column', async () => {
    const it1 = item();
    await fb.app.inject({
      method: 'POST',
      url: '/api/feedback',
      payload: { items: [it1] },
      headers: { 'user-agent': 'TestPhone/1.0' },
      remoteAddress: '198.51.100.23',
    });
    const stored = /** @type {Record<string, unknown>} */ (row(it1.id));
    expect(stored.received_day).toBe(new Date().toISOString().slice(0, 10));
    expect(Object.keys(stored).sort()).toEqual(
      // Migration 2 added seq, received_at (whole seconds), search_key and comment_deleted.
      ['app_version', 'comment', 'comment_deleted', 'content_hash', 'content_version', 'created_at', 'id', 'kind', 'lang', 'rating', 'reason',
        'received_at', 'received_day', 'search_key', 'seq', 'src', 'target'],
    );
    expect(JSON.stringify(stored)).not.toContain('198.51.100.23');
    expect(JSON.stringify(stored)).not.toContain('TestPhone');
  });
});

describe('resending', () => {
  it('answers "duplicate" for the same id and content, without a new row', async () => {
    const it1 = item({ comment: 'спасибо' });
    await send([it1]);
    // Same content, fields in a different order: still the same item.
    const reordered = Object.fromEntries(Object.entries(it1).reverse());
    expect(await send([reordered])).toEqual([{ id: it1.id, status: 'duplicate' }]);
    expect(count()).toBe(1);
  });

  it('treats the same instant written with another timezone offset as a duplicate', async () => {
    const it1 = item({ createdAt: '2024-05-01T10:00:00Z' });
    await send([it1]);
    expect(await send([{ ...it1, createdAt: '2024-05-01T15:00:00+05:00' }])).toEqual([{ id: it1.id, status: 'duplicate' }]);
  });

  it('answers "conflict" for the same id with different content and leaves the row unchanged', async () => {
    const it1 = item({ rating: 'up', comment: 'good' });
    await send([it1]);
    const before = row(it1.id);
    expect(await send([{ ...it1, rating: 'down' }])).toEqual([{ id: it1.id, status: 'conflict' }]);
    expect(await send([{ ...it1, comment: undefined }])).toEqual([{ id: it1.id, status: 'conflict' }]);
    expect(row(it1.id)).toEqual(before);
    expect(count()).toBe(1);
  });

  it('handles a repeated id inside one batch in order', async () => {
    const it1 = item();
    expect(await send([it1, it1, { ...it1, rating: 'down' }])).toEqual([
      { id: it1.id, status: 'stored' },
      { id: it1.id, status: 'duplicate' },
      { id: it1.id, status: 'conflict' },
    ]);
    expect(count()).toBe(1);
  });
});

describe('invalid items', () => {
  it('marks only the bad item invalid and still stores the others, in order', async () => {
    const good1 = item();
    const bad = item({ lang: 'fr' });
    const good2 = item({ kind: 'app', target: undefined });
    const results = await send([good1, bad, good2]);
    expect(results.map((r) => r.status)).toEqual(['stored', 'invalid', 'stored']);
    expect(results[1].id).toBe(bad.id);
    expect(results[1].error).toMatch(/^lang: /);
    expect(results[0]).not.toHaveProperty('error');
    expect(count()).toBe(2);
    expect(row(bad.id)).toBeUndefined();
  });

  it('returns id null when the item has no usable id', async () => {
    const results = await send([item({ id: undefined }), item({ id: 'not-a-uuid' }), item({ id: 42 }), 'hello', null, [1]]);
    expect(results.map((r) => [r.id, r.status])).toEqual(Array(6).fill([null, 'invalid']));
    expect(results[0].error).toBe('id: is required');
    expect(results[1].error).toBe('id: must be a UUID');
    expect(results[3].error).toMatch(/object/);
    expect(count()).toBe(0);
  });

  // Each row: what is wrong with the item, and the field the message must name.
  const cases = /** @type {[string, Record<string, unknown>, string][]} */ ([
    ['kind not in the list', { kind: 'video' }, 'kind'],
    ['kind missing', { kind: undefined }, 'kind'],
    ['kind as number', { kind: 1 }, 'kind'],
    ['target missing for article', { target: undefined }, 'target'],
    ['target with upper case', { target: 'School' }, 'target'],
    ['target with a space', { target: 'a b' }, 'target'],
    ['target empty', { target: '' }, 'target'],
    ['target 121 chars', { target: 'a'.repeat(121) }, 'target'],
    ['target as number', { target: 7 }, 'target'],
    ['target on kind app', { kind: 'app' }, 'target'],
    ['target on kind activation', { kind: 'activation', rating: undefined }, 'target'],
    ['rating not up/down', { rating: 'meh' }, 'rating'],
    ['rating as boolean', { rating: true }, 'rating'],
    ['rating null', { rating: null }, 'rating'],
    ['reason on an article', { reason: 'closed' }, 'reason'],
    ['reason not in the list', { kind: 'point', target: 'p1', reason: 'rude' }, 'reason'],
    ['comment as number', { comment: 5 }, 'comment'],
    ['comment with a lone surrogate', { comment: 'a\ud800b' }, 'comment'],
    ['rating on activation', { kind: 'activation', target: undefined, rating: 'up' }, 'rating'],
    ['comment on activation', { kind: 'activation', target: undefined, rating: undefined, comment: 'hi' }, 'comment'],
    ['lang not supported', { lang: 'de' }, 'lang'],
    ['lang missing', { lang: undefined }, 'lang'],
    ['appVersion empty', { appVersion: '' }, 'appVersion'],
    ['appVersion 65 chars', { appVersion: 'v'.repeat(65) }, 'appVersion'],
    ['appVersion missing', { appVersion: undefined }, 'appVersion'],
    ['contentVersion as number', { contentVersion: 3 }, 'contentVersion'],
    ['src with a space', { src: 'qr poster' }, 'src'],
    ['src 65 chars', { src: 's'.repeat(65) }, 'src'],
    ['src as array', { src: ['a'] }, 'src'],
    ['createdAt without timezone', { createdAt: '2024-05-01T10:00:00' }, 'createdAt'],
    ['createdAt date only', { createdAt: '2024-05-01' }, 'createdAt'],
    ['createdAt impossible date', { createdAt: '2024-02-30T10:00:00Z' }, 'createdAt'],
    ['createdAt as epoch number', { createdAt: 1714557600000 }, 'createdAt'],
    // (Unknown fields: "unknown field", without the name; a clock days ahead is now accepted
    // and clamped: both tested below.)
  ]);

  it.each(cases)('rejects %s, naming the field', async (_name, over, field) => {
    const bad = item(over);
    const [result] = await send([bad]);
    expect(result.status).toBe('invalid');
    expect(result.error?.startsWith(`${field}: `)).toBe(true);
    expect(count()).toBe(0);
  });

  it('accepts a createdAt a few hours ahead (phone clock skew) and a +05:00 offset', async () => {
    const results = await send([
      item({ createdAt: new Date(Date.now() + 3 * 3_600_000).toISOString() }),
      item({ createdAt: '2024-05-01T10:00:00.5+05:00' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['stored', 'stored']);
    expect(fb.db.prepare('SELECT created_at FROM feedback WHERE id = ?').pluck().get(results[1].id)).toBe('2024-05-01T05:00:00.500Z');
  });
});

describe('comments', () => {
  it('round-trips Kazakh, Tajik, Uzbek and emoji text exactly', async () => {
    const texts = [
      'Мектепке құжат тапсыру туралы мақала өте пайдалы болды, рақмет!',
      'Маълумот дар бораи қайд кардани кӯдак хеле хуб аст. Ташаккур!',
      "O'zbekcha: juda foydali 👍🏽 👨‍👩‍👧",
      'Line one\nline two\ttab "quotes", commas',
    ];
    const items = texts.map((comment) => item({ comment }));
    await send(items);
    for (const [i, it1] of items.entries()) {
      expect(fb.db.prepare('SELECT comment FROM feedback WHERE id = ?').pluck().get(it1.id)).toBe(texts[i]);
    }
    // And resending the same text is recognised as the same item.
    expect((await send([items[2]]))[0].status).toBe('duplicate');
  });

  it('accepts exactly 2000 code points even when that is 4000 UTF-16 units, rejects 2001', async () => {
    const emoji2000 = '😀'.repeat(2000); // 2000 code points, .length 4000
    const cyr2000 = 'ә'.repeat(2000);
    const results = await send([
      item({ comment: emoji2000 }),
      item({ comment: cyr2000 }),
      item({ comment: `${cyr2000}x` }),
      item({ comment: `${emoji2000}😀` }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['stored', 'stored', 'invalid', 'invalid']);
    expect(results[2].error).toBe('comment: must be at most 2000 characters');
    const stored = fb.db.prepare('SELECT comment FROM feedback WHERE id = ?').pluck().get(results[0].id);
    expect(stored).toBe(emoji2000);
  });
});

// Issue 11 validation fixes and the kinds opened/search: feedback-validation.test.js
