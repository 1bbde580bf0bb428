// @vitest-environment node
// The summary counters (rollup tables, per UTC day and quarter hour) against the truth worked
// out from the rows themselves, for random feedback in zones with odd offsets and summer time;
// and migration 2 on a database that already holds version-1 rows.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { openDatabase } from '../../server/db.js';
import { migrations } from '../../server/migrations.js';
import { feedbackRoutes } from '../../server/feedback/routes.js';
import { contentHash } from '../../server/feedback/canonical.js';
import { item, makeFeedbackApp } from './feedback-app.js';

/** @type {(() => Promise<void>)[]} */
const cleanups = [];
afterEach(async () => {
  while (cleanups.length) await /** @type {() => Promise<void>} */ (cleanups.pop())();
});

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

/** Local date of an instant in a zone. @param {string} iso @param {string} tz */
const localDate = (iso, tz) => new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(new Date(iso));

describe('counters agree with the rows', () => {
  it('for random feedback, in five zones (+05:00, UTC, +05:45, US and Lord Howe summer time)', async () => {
    const { seed, get } = await makeFeedbackApp(cleanups);
    const rnd = random(20260101);
    const pick = (/** @type {readonly any[]} */ xs) => xs[Math.floor(rnd() * xs.length)];
    const kinds = ['opened', 'opened', 'activation', 'activation', 'article', 'checklist', 'point', 'app', 'search'];
    const from = Date.parse('2026-02-25T00:00:00Z');
    const span = 50 * 86_400_000; // over the March/April summer-time changes
    const items = Array.from({ length: 1500 }, () => {
      const kind = pick(kinds);
      const createdAt = new Date(from + Math.floor(rnd() * span)).toISOString();
      const base = { kind, lang: pick(['ru', 'kk', 'uz', 'ky', 'tg', 'en']), createdAt, ...(rnd() < 0.6 ? { src: pick(['a', 'b', 'c']) } : {}) };
      if (kind === 'article' || kind === 'checklist') return item({ ...base, target: pick(['t1', 't2', 't3']), ...(rnd() < 0.8 ? { rating: pick(['up', 'down']) } : {}) });
      if (kind === 'point') return item({ ...base, target: pick(['p1', 'p2']), ...(rnd() < 0.7 ? { reason: pick(['closed', 'wrong_phone', 'other']) } : {}) });
      if (kind === 'app') return item({ ...base, rating: pick(['up', 'down']) });
      if (kind === 'search') return item({ ...base, comment: pick(['Visa', 'visa ', 'школа']) });
      return item(base);
    });
    await seed(items);

    for (const [tz, rangeFrom, rangeTo] of [
      ['Asia/Almaty', '2026-03-01', '2026-03-31'],
      ['UTC', '2026-02-27', '2026-04-12'],
      ['Asia/Kathmandu', '2026-03-03', '2026-03-04'],
      ['America/New_York', '2026-03-06', '2026-03-10'],
      ['Australia/Lord_Howe', '2026-04-03', '2026-04-07'],
    ]) {
      const d = await get(`/api/feedback/dashboard?from=${rangeFrom}&to=${rangeTo}&tz=${encodeURIComponent(tz)}`);
      const inRange = items.filter((it) => {
        const day = localDate(it.createdAt, tz);
        return day >= rangeFrom && day <= rangeTo;
      });
      const label = `${tz} ${rangeFrom}..${rangeTo}`;
      expect(d.totals.items, label).toBe(inRange.length);
      /** @type {Record<string, number>} */
      const byKind = {};
      for (const it of inRange) byKind[it.kind] = (byKind[it.kind] ?? 0) + 1;
      for (const k of Object.keys(d.totals.byKind)) expect(d.totals.byKind[k], `${label} ${k}`).toBe(byKind[k] ?? 0);
      // Activations per local day, by src.
      /** @type {Record<string, Record<string, number>>} */
      const perDay = {};
      for (const it of inRange.filter((x) => x.kind === 'activation')) {
        const day = localDate(it.createdAt, tz);
        const src = /** @type {string | undefined} */ (it.src) ?? '(none)';
        perDay[day] ??= {};
        perDay[day][src] = (perDay[day][src] ?? 0) + 1;
      }
      for (const row of d.activationsByDay) expect(row.bySrc, `${label} ${row.day}`).toEqual(perDay[row.day] ?? {});
      // Reasons per point.
      for (const place of d.places) {
        const reports = inRange.filter((x) => x.kind === 'point' && x.target === place.target);
        expect(place.reports, label).toBe(reports.length);
        expect(place.reasons.closed, label).toBe(reports.filter((x) => x.reason === 'closed').length);
        expect(place.noReason, label).toBe(reports.filter((x) => x.reason === undefined).length);
      }
      const up = inRange.filter((x) => x.kind === 'article' && x.target === 't1' && x.rating === 'up').length;
      expect(d.ratings.article.find((/** @type {any} */ r) => r.target === 't1')?.up ?? 0, label).toBe(up);
      expect(d.searchMisses.items, label).toBe(inRange.filter((x) => x.kind === 'search').length);
    }

    // The old summary's ?since= is any instant: counters plus the rows of the broken quarter hour.
    for (const since of ['2026-03-01T06:07:13.456Z', '2026-03-20T00:00:00Z', '2026-02-01']) {
      const s = await get(`/api/feedback/summary?since=${encodeURIComponent(since)}`);
      const start = Date.parse(since.length === 10 ? `${since}T00:00:00Z` : since);
      const after = items.filter((it) => Date.parse(it.createdAt) >= start);
      expect(s.total, since).toBe(after.length);
      /** @type {Record<string, number>} */
      const byDay = {};
      for (const it of after) byDay[it.createdAt.slice(0, 10)] = (byDay[it.createdAt.slice(0, 10)] ?? 0) + 1;
      expect(s.byDay, since).toEqual(byDay);
      expect(s.byRating.up ?? 0, since).toBe(after.filter((x) => x.rating === 'up').length);
    }
  }, 60_000);
});

describe('migration 2 on a version-1 database', () => {
  it('numbers old rows in arrival order, keeps duplicates detectable and fills the counters', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qadam-fb-mig-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'qadam.db');
    // A database as the version-1 server wrote it.
    const v1 = openDatabase(file, { migrations: migrations.slice(0, 1) });
    const insert = v1.prepare(`INSERT INTO feedback (id, kind, target, rating, reason, comment, lang, app_version, content_version, src, created_at, received_day, content_hash)
                               VALUES (@id, @kind, @target, @rating, @reason, @comment, @lang, @appVersion, @contentVersion, @src, @createdAt, @receivedDay, @hash)`);
    const old = [
      { ...item({ kind: 'activation', src: 'qr', createdAt: '2024-05-02T10:00:00.000Z' }), receivedDay: '2024-05-03' },
      { ...item({ kind: 'article', target: 'school', rating: 'up', createdAt: '2024-05-01T23:00:00.000Z' }), receivedDay: '2024-05-03' },
      { ...item({ kind: 'point', target: 'p-1', reason: 'closed', comment: 'закрыто', createdAt: '2024-05-01T08:00:00.000Z' }), receivedDay: '2024-05-02' },
    ];
    for (const { receivedDay, ...it } of old) {
      insert.run({ target: null, rating: null, reason: null, comment: null, src: null, ...it, receivedDay, hash: contentHash(/** @type {any} */ (it)) });
    }
    v1.close();

    const db = openDatabase(file);
    const app = Fastify({ logger: false });
    cleanups.push(async () => {
      await app.close();
      db.close();
    });
    await app.register(feedbackRoutes, { db, adminToken: 'migration-test-token-123456', rateLimit: false });
    const rows = db.prepare('SELECT seq, id, received_at FROM feedback ORDER BY seq').all();
    expect(rows).toEqual([
      { seq: 1, id: old[2].id, received_at: '2024-05-02T00:00:00.000Z' },
      { seq: 2, id: old[1].id, received_at: '2024-05-03T00:00:00.000Z' },
      { seq: 3, id: old[0].id, received_at: '2024-05-03T00:00:00.000Z' },
    ]);
    // Resending an old item is still a duplicate; a new one continues the sequence (numbers
    // only grow; they may skip one, e.g. where an insert met an existing id).
    const { receivedDay: _r, ...resend } = old[0];
    const fresh = item({ createdAt: '2024-06-01T00:00:00Z' });
    const res = await app.inject({ method: 'POST', url: '/api/feedback', payload: { items: [resend, fresh] } });
    expect(res.json().results.map((/** @type {any} */ r) => r.status)).toEqual(['duplicate', 'stored']);
    expect(db.prepare('SELECT seq FROM feedback WHERE id = ?').pluck().get(fresh.id)).toBeGreaterThan(3);
    // The counters were filled from the old rows.
    const headers = { authorization: 'Bearer migration-test-token-123456' };
    const summary = (await app.inject({ method: 'GET', url: '/api/feedback/summary', headers })).json();
    expect(summary).toMatchObject({
      total: 4,
      byKind: { activation: 1, article: 1, point: 1, opened: 1 },
      byDay: { '2024-05-01': 2, '2024-05-02': 1, '2024-06-01': 1 },
      byTarget: { 'article:school': { total: 1, up: 1, down: 0 }, 'point:p-1': { total: 1, up: 0, down: 0, reasons: { closed: 1 } } },
      activationsBySrc: { qr: 1 },
    });
    const dash = (await app.inject({ method: 'GET', url: '/api/feedback/dashboard?from=2024-05-01&to=2024-05-02&tz=UTC', headers })).json();
    expect(dash.places[0]).toMatchObject({ target: 'p-1', reports: 1, commentCount: 1, comments: [{ id: old[2].id, text: 'закрыто' }] });
    expect(dash.activationsByDay).toEqual([
      { day: '2024-05-01', total: 0, bySrc: {}, byLang: {} },
      { day: '2024-05-02', total: 1, bySrc: { qr: 1 }, byLang: { ru: 1 } },
    ]);
  });
});
