// @vitest-environment node
// GET /api/feedback/comments (filters, paging) and DELETE /api/feedback/comments/:id: the text
// leaves the database, the counts stay right, and the log says which item, not what it said.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AUTH, item, makeFeedbackApp } from './feedback-app.js';

/** @type {(() => Promise<void>)[]} */
const cleanups = [];
afterEach(async () => {
  while (cleanups.length) await /** @type {() => Promise<void>} */ (cleanups.pop())();
});

describe('comments list', () => {
  it('lists only items with text, newest first, with their fields', async () => {
    const { seed, get } = await makeFeedbackApp(cleanups);
    const a = item({ kind: 'article', target: 'school', rating: 'down', comment: 'Непонятно', createdAt: '2026-01-02T10:00:00Z' });
    const b = item({ kind: 'search', comment: 'патент', lang: 'tg', src: 'qr1', createdAt: '2026-01-03T10:00:00Z' });
    await seed([a, b, item({ kind: 'opened' }), item({ kind: 'article', target: 'school', rating: 'up' })]);
    const page = await get('/api/feedback/comments');
    expect(page.nextCursor).toBeNull();
    expect(page.items).toEqual([
      { seq: 2, id: b.id, kind: 'search', target: null, rating: null, reason: null, comment: 'патент', lang: 'tg', src: 'qr1', createdAt: '2026-01-03T10:00:00.000Z', receivedAt: expect.any(String) },
      { seq: 1, id: a.id, kind: 'article', target: 'school', rating: 'down', reason: null, comment: 'Непонятно', lang: 'ru', src: null, createdAt: '2026-01-02T10:00:00.000Z', receivedAt: expect.any(String) },
    ]);
  });

  it('filters by kind, lang, src (and "(none)"), target and local dates', async () => {
    const { seed, get } = await makeFeedbackApp(cleanups);
    await seed([
      item({ kind: 'app', comment: 'one', lang: 'kk', src: 'qr1', createdAt: '2026-01-01T18:59:00Z' }), // 1 Jan 23:59 Almaty
      item({ kind: 'app', comment: 'two', lang: 'kk', createdAt: '2026-01-01T19:00:00Z' }), // 2 Jan 00:00 Almaty
      item({ kind: 'point', target: 'p-1', reason: 'other', comment: 'three', lang: 'uz', src: 'qr1', createdAt: '2026-01-05T10:00:00Z' }),
      item({ kind: 'search', comment: 'four', lang: 'kk', createdAt: '2026-01-06T10:00:00Z' }),
    ]);
    const texts = async (/** @type {string} */ qs) => (await get(`/api/feedback/comments?${qs}`)).items.map((/** @type {any} */ x) => x.comment);
    expect(await texts('kind=app')).toEqual(['two', 'one']);
    expect(await texts('lang=kk')).toEqual(['four', 'two', 'one']);
    expect(await texts('src=qr1')).toEqual(['three', 'one']);
    expect(await texts('src=(none)')).toEqual(['four', 'two']);
    expect(await texts('target=p-1')).toEqual(['three']);
    expect(await texts('kind=app&lang=kk&src=qr1')).toEqual(['one']);
    expect(await texts('from=2026-01-02&to=2026-01-05')).toEqual(['three', 'two']);
    expect(await texts('from=2026-01-02&to=2026-01-05&tz=UTC')).toEqual(['three']);
    expect(await texts('to=2026-01-01')).toEqual(['one']);
    expect(await texts('kind=checklist')).toEqual([]);
  });

  it('pages newest first with a cursor: no item twice, none missed', async () => {
    const { seed, get } = await makeFeedbackApp(cleanups);
    // Several items share a createdAt, so the cursor must break ties (by seq).
    const items = Array.from({ length: 23 }, (_, i) => item({ kind: 'app', comment: `c${i}`, createdAt: `2026-01-0${1 + Math.floor(i / 5)}T10:00:00Z` }));
    await seed(items);
    const seen = [];
    let cursor = null;
    let pages = 0;
    do {
      const page = await get(`/api/feedback/comments?limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(5);
    expect(seen.map((x) => x.id).sort()).toEqual(items.map((x) => x.id).sort());
    const order = seen.map((x) => [x.createdAt, x.seq]);
    expect(order).toEqual([...order].sort((x, y) => (x[0] < y[0] ? 1 : x[0] > y[0] ? -1 : y[1] - x[1])));
  });

  it.each([
    ['kind=video', /^kind: /],
    ['lang=fr', /^lang: /],
    ['src=a%20b', /^src: /],
    ['target=A', /^target: /],
    ['limit=0', /^limit: /],
    ['limit=201', /^limit: /],
    ['limit=ten', /^limit: /],
    ['cursor=abc', /^cursor: /],
    ['from=2026-13-01', /^from: /],
    ['tz=Nowhere', /^tz: /],
    ['user=x', /^unknown query parameter$/],
  ])('answers 400 JSON for %s', async (qs, message) => {
    const { app } = await makeFeedbackApp(cleanups);
    const res = await app.inject({ method: 'GET', url: `/api/feedback/comments?${qs}`, headers: AUTH });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(message);
  });
});

describe('deleting a comment', () => {
  it('removes the text from the database file, keeps the counts, and logs the id without the text', async () => {
    const logLines = /** @type {string[]} */ ([]);
    const { app, seed, get, db, file } = await makeFeedbackApp(cleanups, { logLines });
    const secret = 'my-address-is-secret-street-17';
    const target = item({ kind: 'point', target: 'p-9', reason: 'wrong_phone', comment: `${secret} (phone wrong)`, createdAt: '2026-01-04T10:00:00Z' });
    const search = item({ kind: 'search', comment: `${secret} search`, createdAt: '2026-01-04T11:00:00Z' });
    const keep = item({ kind: 'app', rating: 'up', comment: 'keep me', createdAt: '2026-01-04T12:00:00Z' });
    await seed([target, search, keep]);
    const range = '/api/feedback/dashboard?from=2026-01-01&to=2026-01-31';
    const before = await get(range);
    const legacyBefore = await get('/api/feedback/summary');
    expect(before.places[0].commentCount).toBe(1);
    expect(before.searchMisses.items).toBe(1);

    for (const it of [target, search]) {
      const res = await app.inject({ method: 'DELETE', url: `/api/feedback/comments/${it.id.toUpperCase()}`, headers: AUTH });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ id: it.id, commentDeleted: true });
    }
    // Gone from every answer...
    const after = await get(range);
    expect(after.places[0]).toMatchObject({ target: 'p-9', reports: 1, reasons: { wrong_phone: 1 }, commentCount: 0, comments: [] });
    expect(after.searchMisses).toEqual({ items: 0, distinctTexts: 0, top: [] });
    expect((await get('/api/feedback/comments')).items.map((/** @type {any} */ x) => x.id)).toEqual([keep.id]);
    const exported = await app.inject({ method: 'GET', url: '/api/feedback/export?format=json', headers: AUTH });
    expect(exported.body).not.toContain(secret);
    expect(exported.json().items.find((/** @type {any} */ x) => x.id === target.id)).toMatchObject({ comment: null, reason: 'wrong_phone' });
    // ...while every count stays (the items still happened; only their words are gone).
    expect(after.totals).toEqual(before.totals);
    expect(after.funnel).toEqual(before.funnel);
    expect(await get('/api/feedback/summary')).toEqual(legacyBefore);
    // ...and from the file itself, write-ahead log included.
    const bytes = Buffer.concat([fs.readFileSync(file), fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
    expect(bytes.includes(Buffer.from(secret))).toBe(false);
    expect(bytes.includes(Buffer.from('keep me'))).toBe(true); // the check can see text
    // The log names the item, never its words.
    const log = logLines.join('');
    const deletions = logLines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'feedback comment deleted');
    expect(deletions.map((l) => l.feedbackId)).toEqual([target.id, search.id]);
    expect(log).not.toContain(secret);
    // A phone resending the item (it never saw the answer) is told "duplicate": the text is not stored again.
    const resend = await app.inject({ method: 'POST', url: '/api/feedback', payload: { items: [target] } });
    expect(resend.json().results).toEqual([{ id: target.id, status: 'duplicate' }]);
    expect(db.prepare('SELECT comment FROM feedback WHERE id = ?').pluck().get(target.id)).toBeNull();
  });

  it('does not hold up the server while a reader is inside a query, and clears the log once it is done', async () => {
    const { app, seed, file } = await makeFeedbackApp(cleanups);
    const secret = 'phone-number-0777-123-45-67';
    const it1 = item({ kind: 'app', comment: secret });
    await seed([it1]);
    // A reader in the middle of a long read (as the worker is during an export).
    const reader = new Database(file, { readonly: true });
    cleanups.push(async () => reader.close());
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM feedback').get();
    const t0 = performance.now();
    const res = await app.inject({ method: 'DELETE', url: `/api/feedback/comments/${it1.id}`, headers: AUTH });
    expect(res.statusCode).toBe(200);
    // Before, the checkpoint waited out the 5 s busy timeout with the event loop blocked.
    expect(performance.now() - t0).toBeLessThan(1000);
    reader.exec('COMMIT');
    const textOnDisk = () =>
      Buffer.concat([fs.readFileSync(file), fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0)]).includes(Buffer.from(secret));
    // The retry runs once a second; wait for it (bounded) rather than for a fixed time.
    for (let i = 0; i < 50 && textOnDisk(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(textOnDisk()).toBe(false);
  });

  it('answers 404 JSON for an unknown id or one without a comment, and 400 for a malformed id', async () => {
    const { app, seed } = await makeFeedbackApp(cleanups);
    const noComment = item({ kind: 'opened' });
    const withComment = item({ kind: 'app', comment: 'x' });
    await seed([noComment, withComment]);
    const del = (/** @type {string} */ id) => app.inject({ method: 'DELETE', url: `/api/feedback/comments/${id}`, headers: AUTH });
    expect((await del(noComment.id)).statusCode).toBe(404);
    expect((await del('6f1c1f5e-8f57-4c43-9a53-4a3b1fb8d3a2')).json()).toEqual({ error: 'no comment with this feedback id' });
    expect((await del(withComment.id)).statusCode).toBe(200);
    expect((await del(withComment.id)).statusCode).toBe(404); // already gone
    const bad = await del('not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/^id: /);
  });

  it('refuses without the token and deletes nothing', async () => {
    const { app, seed, db } = await makeFeedbackApp(cleanups);
    const it1 = item({ kind: 'app', comment: 'stays' });
    await seed([it1]);
    for (const headers of [{}, { authorization: 'Bearer not-the-admin-token-000' }]) {
      const res = await app.inject({ method: 'DELETE', url: `/api/feedback/comments/${it1.id}`, headers });
      expect(res.statusCode).toBe(401);
    }
    expect(db.prepare('SELECT comment FROM feedback WHERE id = ?').pluck().get(it1.id)).toBe('stays');
  });
});
