// @vitest-environment node
// NGO staff endpoints: who may call them, and what the export and summary contain.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { openDatabase } from '../../server/db.js';
import { feedbackRoutes } from '../../server/feedback/routes.js';

const TOKEN = 'ngo-admin-token-4f9a1c2e7b';
const AUTH = { authorization: `Bearer ${TOKEN}` };

/** @type {(() => Promise<void>)[]} */
const cleanups = [];
afterEach(async () => {
  while (cleanups.length) await /** @type {() => Promise<void>} */ (cleanups.pop())();
});

/** @param {string} [adminToken] */
async function makeApp(adminToken = TOKEN) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qadam-fb-admin-'));
  const db = openDatabase(path.join(dir, 'qadam.db'));
  const app = Fastify({ logger: false });
  // Registered before anything can throw, so no temp dir is left behind.
  cleanups.push(async () => {
    await app.close().catch(() => {});
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  await app.register(feedbackRoutes, { db, adminToken, rateLimit: { max: 60, timeWindow: 60_000 } });
  await app.ready();
  return app;
}

/** @param {Record<string, unknown>} over */
const item = (over) => ({
  id: randomUUID(),
  kind: 'article',
  target: 'school',
  lang: 'ru',
  appVersion: '0.1.0',
  contentVersion: 'c1',
  createdAt: '2024-05-01T10:00:00Z',
  ...over,
});

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {unknown[]} items
 */
async function seed(app, items) {
  const res = await app.inject({ method: 'POST', url: '/api/feedback', payload: { items } });
  expect(res.json().results.every((/** @type {any} */ r) => r.status === 'stored')).toBe(true);
}

/**
 * Minimal RFC 4180 reader, just enough to check what a spreadsheet would see.
 * @param {string} text
 */
function parseCsv(text) {
  /** @type {string[][]} */
  const rows = [];
  let row = /** @type {string[]} */ ([]);
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('authentication', () => {
  it.each(['/api/feedback/export?format=csv', '/api/feedback/export?format=json', '/api/feedback/summary'])(
    '%s: 401 JSON without a token or with a wrong one, 200 with the right one',
    async (url) => {
      const app = await makeApp();
      const wrong = [
        {},
        { authorization: TOKEN }, // no scheme
        { authorization: 'Bearer wrong' },
        { authorization: `Bearer ${TOKEN}x` },
        { authorization: `Bearer ${TOKEN.slice(0, -1)}` },
        { authorization: `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}` },
      ];
      for (const headers of wrong) {
        const res = await app.inject({ method: 'GET', url, headers });
        expect(res.statusCode, JSON.stringify(headers)).toBe(401);
        expect(res.json().error).toMatch(/Unauthorized/);
        expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      }
      const ok = await app.inject({ method: 'GET', url, headers: AUTH });
      expect(ok.statusCode).toBe(200);
      expect(ok.headers['cache-control']).toBe('no-store');
    },
  );

  it('does not register the admin routes at all when no token is configured', async () => {
    const app = await makeApp('');
    for (const url of ['/api/feedback/export?format=csv', '/api/feedback/summary']) {
      // Even a request "authenticated" with an empty bearer must not get in.
      const res = await app.inject({ method: 'GET', url, headers: { authorization: 'Bearer ' } });
      expect(res.statusCode).toBe(404);
    }
    // Ingest still works.
    await seed(app, [item({})]);
  });
});

describe('export', () => {
  it('CSV: header row, RFC 4180 quoting, and formula cells neutralised', async () => {
    const app = await makeApp();
    const nasty = [
      '=HYPERLINK("http://evil.example","click")',
      '+1+1',
      '-2+3',
      '@SUM(A1:A9)',
      'plain, with "quotes"\nand a new line',
      'Рақмет! Ташаккур 🙏',
    ];
    const items = nasty.map((comment, i) => item({ comment, createdAt: `2024-05-0${i + 1}T10:00:00Z` }));
    await seed(app, items);

    const res = await app.inject({ method: 'GET', url: '/api/feedback/export?format=csv', headers: AUTH });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="qadam-feedback-\d{4}-\d{2}-\d{2}\.csv"$/);
    // BOM so Excel reads UTF-8; every record ends in CRLF.
    // The original twelve columns keep their places; migration 2 added received_at and seq after them.
    expect(res.body.startsWith('\uFEFFid,kind,target,rating,reason,comment,lang,app_version,content_version,src,created_at,received_day,received_at,seq\r\n')).toBe(true);
    expect(res.body.endsWith('\r\n')).toBe(true);

    const rows = parseCsv(res.body.slice(1));
    expect(rows).toHaveLength(1 + nasty.length);
    expect(rows.every((r) => r.length === 14)).toBe(true);
    const comments = rows.slice(1).map((r) => r[5]);
    expect(comments).toEqual([
      `'=HYPERLINK("http://evil.example","click")`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1:A9)",
      'plain, with "quotes"\nand a new line',
      'Рақмет! Ташаккур 🙏',
    ]);
    // Raw text shows the quoting itself: embedded quotes doubled, field quoted.
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(rows[1]).toEqual([
      items[0].id, 'article', 'school', '', '', comments[0], 'ru', '0.1.0', 'c1', '', '2024-05-01T10:00:00.000Z',
      new Date().toISOString().slice(0, 10),
      rows[1][12],
      '1',
    ]);
    expect(Date.now() - Date.parse(rows[1][12])).toBeLessThan(60_000);
  });

  it('JSON: {items:[...]} in arrival order (seq), filtered by receive time (date or date-time)', async () => {
    // Issue 11 #11: the export was sorted and filtered by the phone's clock (createdAt), so an
    // incremental export missed items that arrived late. Now it follows the server's sequence.
    const app = await makeApp();
    const a = item({ createdAt: '2024-04-30T23:59:59Z', comment: 'old' });
    const b = item({ createdAt: '2024-05-01T00:00:00Z', kind: 'point', target: 'p-1', reason: 'closed', src: 'qr1' });
    const c = item({ createdAt: '2024-05-01T12:00:00+05:00', comment: 'Сәлем 👋' }); // 07:00Z
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-02-01T10:00:00Z'));
      await seed(app, [c, a]);
      vi.setSystemTime(new Date('2026-02-03T08:30:00.700Z'));
      await seed(app, [b]);
    } finally {
      vi.useRealTimers();
    }

    const get = async (/** @type {string} */ qs) => {
      const res = await app.inject({ method: 'GET', url: `/api/feedback/export?format=json${qs}`, headers: AUTH });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      return /** @type {{ items: any[], lastSeq: number }} */ (res.json());
    };
    const all = await get('');
    expect(all.items.map((x) => x.id)).toEqual([c.id, a.id, b.id]);
    expect(all.items.map((x) => x.seq)).toEqual([1, 2, 3]);
    expect(all.lastSeq).toBe(3);
    expect((await get('&since=2026-02-02')).items.map((x) => x.id)).toEqual([b.id]);
    expect((await get('&since=2026-02-01T10:00:00Z')).items.map((x) => x.id)).toEqual([c.id, a.id, b.id]);
    expect((await get('&since=2026-02-01T10:00:01Z')).items.map((x) => x.id)).toEqual([b.id]);
    expect((await get('&since=2026-02-03T13:30:00%2B05:00')).items.map((x) => x.id)).toEqual([b.id]);
    expect((await get('&since=2026-03-01')).items).toEqual([]);
    expect((await get('&since=2026-03-01')).lastSeq).toBe(0);

    const [exported] = (await get('&since=2026-02-01')).items;
    expect(exported).toEqual({
      id: c.id, kind: 'article', target: 'school', rating: null, reason: null, comment: 'Сәлем 👋', lang: 'ru',
      appVersion: '0.1.0', contentVersion: 'c1', src: null, createdAt: '2024-05-01T07:00:00.000Z',
      receivedDay: '2026-02-01', receivedAt: '2026-02-01T10:00:00.000Z', seq: 1,
    });
    // Receive time is kept to the second only.
    expect((await get('&since=2026-02-02')).items[0]).toMatchObject({ kind: 'point', reason: 'closed', src: 'qr1', receivedAt: '2026-02-03T08:30:00.000Z' });
  });

  it('an incremental export (?after=<lastSeq>) gets an item that arrives late with an old createdAt', async () => {
    const app = await makeApp();
    const get = async (/** @type {number} */ after) =>
      /** @type {{ items: any[], lastSeq: number }} */ (
        (await app.inject({ method: 'GET', url: `/api/feedback/export?format=json&after=${after}`, headers: AUTH })).json()
      );
    await seed(app, [item({ createdAt: '2024-05-10T10:00:00Z' }), item({ createdAt: '2024-05-11T10:00:00Z' })]);
    const first = await get(0);
    expect(first.items).toHaveLength(2);
    // A phone that was offline for weeks delivers an item written before everything above.
    const late = item({ createdAt: '2024-05-01T09:00:00Z', comment: 'written offline' });
    await seed(app, [late]);
    const next = await get(first.lastSeq);
    expect(next.items.map((x) => x.id)).toEqual([late.id]);
    expect(next.lastSeq).toBe(first.lastSeq + 1);
    expect((await get(next.lastSeq)).items).toEqual([]);
    expect((await get(next.lastSeq)).lastSeq).toBe(next.lastSeq);
    // And the CSV carries the same sequence numbers.
    const csv = await app.inject({ method: 'GET', url: `/api/feedback/export?format=csv&after=${first.lastSeq}`, headers: AUTH });
    const rows = parseCsv(csv.body.slice(1));
    expect(rows.slice(1).map((r) => [r[0], r[13]])).toEqual([[late.id, String(next.lastSeq)]]);
  });

  it.each(['-1', '1.5', 'abc', '01'])('answers 400 JSON for after=%s', async (after) => {
    const app = await makeApp();
    const res = await app.inject({ method: 'GET', url: `/api/feedback/export?format=json&after=${after}`, headers: AUTH });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(/^after: /);
  });

  it('streams a large export completely (more rows than one page)', async () => {
    const app = await makeApp();
    for (let b = 0; b < 25; b++) {
      await seed(app, Array.from({ length: 100 }, (_, i) => item({ createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, b * 100 + i)).toISOString() })));
    }
    const res = await app.inject({ method: 'GET', url: '/api/feedback/export?format=json', headers: AUTH });
    const times = res.json().items.map((/** @type {any} */ x) => x.createdAt);
    expect(times).toHaveLength(2500);
    expect([...times].sort()).toEqual(times);
    expect(new Set(res.json().items.map((/** @type {any} */ x) => x.id)).size).toBe(2500);
  });

  it.each(['yesterday', '2024-13-01', '2024-05-01T10:00:00', '1714557600', '2024-05-01T25:00:00Z'])(
    'answers 400 JSON for since=%s',
    async (since) => {
      const app = await makeApp();
      for (const format of ['csv', 'json']) {
        const res = await app.inject({ method: 'GET', url: `/api/feedback/export?format=${format}&since=${encodeURIComponent(since)}`, headers: AUTH });
        expect(res.statusCode).toBe(400);
        expect(res.json().error).toMatch(/^since: /);
      }
    },
  );

  it('answers 400 for an unknown format', async () => {
    const app = await makeApp();
    const res = await app.inject({ method: 'GET', url: '/api/feedback/export?format=xlsx', headers: AUTH });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(/format/);
  });
});

describe('summary', () => {
  it('counts by kind, target, reason, rating, lang, src, day and activations by src', async () => {
    const app = await makeApp();
    const seeded = [
      item({ rating: 'up', lang: 'ru', src: 'qr1', createdAt: '2024-05-01T08:00:00Z' }),
      item({ rating: 'down', lang: 'kk', createdAt: '2024-05-01T09:00:00Z' }),
      item({ rating: 'up', lang: 'kk', target: 'visa', createdAt: '2024-05-02T09:00:00Z' }),
      item({ kind: 'point', target: 'p-7', reason: 'closed', lang: 'tg', createdAt: '2024-05-02T10:00:00Z' }),
      item({ kind: 'point', target: 'p-7', reason: 'wrong_phone', rating: 'down', lang: 'tg', createdAt: '2024-05-02T11:00:00Z' }),
      item({ kind: 'point', target: 'p-7', reason: 'closed', lang: 'uz', createdAt: '2024-05-02T12:00:00Z' }),
      item({ kind: 'app', target: undefined, rating: 'up', lang: 'en', src: 'qr1', createdAt: '2024-05-03T00:00:00Z' }),
      item({ kind: 'activation', target: undefined, lang: 'ky', src: 'qr1', createdAt: '2024-05-03T01:00:00Z' }),
      item({ kind: 'activation', target: undefined, lang: 'ru', src: 'flyer', createdAt: '2024-05-03T02:00:00Z' }),
      item({ kind: 'activation', target: undefined, lang: 'ru', createdAt: '2024-05-03T03:00:00Z' }),
    ];
    await seed(app, seeded);
    // A resent item, a conflicting one and an invalid one must not change any number.
    const res0 = await app.inject({ method: 'GET', url: '/api/feedback/summary', headers: AUTH });
    const again = await app.inject({
      method: 'POST',
      url: '/api/feedback',
      payload: { items: [seeded[0], { ...seeded[1], rating: 'up' }, item({ lang: 'xx' })] },
    });
    expect(again.json().results.map((/** @type {any} */ r) => r.status)).toEqual(['duplicate', 'conflict', 'invalid']);

    const res = await app.inject({ method: 'GET', url: '/api/feedback/summary', headers: AUTH });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(res0.json());
    expect(res.json()).toEqual({
      total: 10,
      byKind: { article: 3, point: 3, app: 1, activation: 3 },
      byTarget: {
        'article:school': { total: 2, up: 1, down: 1 },
        'article:visa': { total: 1, up: 1, down: 0 },
        'point:p-7': { total: 3, up: 0, down: 1, reasons: { closed: 2, wrong_phone: 1 } },
      },
      byReason: { closed: 2, wrong_phone: 1 },
      byRating: { up: 3, down: 2 },
      byLang: { ru: 3, kk: 2, tg: 2, uz: 1, en: 1, ky: 1 },
      bySrc: { qr1: 3, flyer: 1, '(none)': 6 },
      byDay: { '2024-05-01': 2, '2024-05-02': 4, '2024-05-03': 4 },
      activationsBySrc: { qr1: 1, flyer: 1, '(none)': 1 },
    });
  });

  it('honours since and rejects a bad one', async () => {
    const app = await makeApp();
    await seed(app, [item({ createdAt: '2024-05-01T00:00:00Z' }), item({ createdAt: '2024-05-03T00:00:00Z' })]);
    const res = await app.inject({ method: 'GET', url: '/api/feedback/summary?since=2024-05-02', headers: AUTH });
    expect(res.json()).toMatchObject({ total: 1, byDay: { '2024-05-03': 1 } });
    const bad = await app.inject({ method: 'GET', url: '/api/feedback/summary?since=soon', headers: AUTH });
    expect(bad.statusCode).toBe(400);
  });

  it('is all zeros on an empty database', async () => {
    const app = await makeApp();
    const res = await app.inject({ method: 'GET', url: '/api/feedback/summary', headers: AUTH });
    expect(res.json()).toEqual({
      total: 0, byKind: {}, byTarget: {}, byReason: {}, byRating: {}, byLang: {}, bySrc: {}, byDay: {}, activationsBySrc: {},
    });
  });
});

// CSV quoting for ru/kk spreadsheets and NUL (issue 11 #14): feedback-csv.test.js
