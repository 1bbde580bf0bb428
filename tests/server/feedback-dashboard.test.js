// @vitest-environment node
// GET /api/feedback/dashboard: funnel, activations per local day, ratings, place reports and
// search misses for a date range in a time zone (issue 13).
import { afterEach, describe, expect, it } from 'vitest';
import { AUTH, item, makeFeedbackApp } from './feedback-app.js';

/** @type {(() => Promise<void>)[]} */
const cleanups = [];
afterEach(async () => {
  while (cleanups.length) await /** @type {() => Promise<void>} */ (cleanups.pop())();
});

const ZERO_KINDS = { article: 0, checklist: 0, point: 0, app: 0, activation: 0, opened: 0, search: 0 };
const ZERO_LANGS = { ru: 0, kk: 0, uz: 0, ky: 0, tg: 0, en: 0 };

describe('dashboard', () => {
  it('answers zeros, not errors, for an empty range, with every day listed', async () => {
    const { seed, get } = await makeFeedbackApp(cleanups);
    await seed([item({ createdAt: '2026-03-01T10:00:00Z' })]); // outside the range asked for
    const d = await get('/api/feedback/dashboard?from=2026-01-01&to=2026-01-03');
    expect(d).toEqual({
      range: { from: '2026-01-01', to: '2026-01-03', tz: 'Asia/Almaty', start: '2025-12-31T19:00:00.000Z', end: '2026-01-03T19:00:00.000Z', days: 3 },
      totals: { items: 0, byKind: ZERO_KINDS, byLang: ZERO_LANGS },
      funnel: [],
      funnelTotal: { opened: 0, ready: 0, feedback: 0 },
      activationsByDay: ['2026-01-01', '2026-01-02', '2026-01-03'].map((day) => ({ day, total: 0, bySrc: {}, byLang: {} })),
      ratings: { article: [], checklist: [] },
      places: [],
      searchMisses: { items: 0, distinctTexts: 0, top: [] },
    });
  });

  it('puts 2026-01-01T20:00Z on 2 January in Almaty (UTC+5) and on 1 January in UTC', async () => {
    const { seed, get } = await makeFeedbackApp(cleanups);
    await seed([item({ kind: 'activation', src: 'qr1', lang: 'kk', createdAt: '2026-01-01T20:00:00Z' })]);
    const days = async (/** @type {string} */ qs) =>
      (await get(`/api/feedback/dashboard?from=2026-01-01&to=2026-01-02${qs}`)).activationsByDay.map((/** @type {any} */ d) => [d.day, d.total]);
    expect(await days('&tz=Asia/Almaty')).toEqual([['2026-01-01', 0], ['2026-01-02', 1]]);
    expect(await days('')).toEqual([['2026-01-01', 0], ['2026-01-02', 1]]); // Almaty is the default
    expect(await days('&tz=UTC')).toEqual([['2026-01-01', 1], ['2026-01-02', 0]]);
    // A range of that one day: inside in UTC, outside in Almaty.
    expect((await get('/api/feedback/dashboard?from=2026-01-01&to=2026-01-01&tz=UTC')).totals.items).toBe(1);
    expect((await get('/api/feedback/dashboard?from=2026-01-01&to=2026-01-01&tz=Asia/Almaty')).totals.items).toBe(0);
    const day2 = (await get('/api/feedback/dashboard?from=2026-01-02&to=2026-01-02')).activationsByDay[0];
    expect(day2).toEqual({ day: '2026-01-02', total: 1, bySrc: { qr1: 1 }, byLang: { kk: 1 } });
  });

  it('counts the funnel per campaign tag: opened, ready, gave feedback (items of any other kind)', async () => {
    const { seed, get } = await makeFeedbackApp(cleanups);
    await seed([
      ...Array.from({ length: 5 }, () => item({ kind: 'opened', src: 'border-1' })),
      ...Array.from({ length: 3 }, () => item({ kind: 'activation', src: 'border-1' })),
      item({ kind: 'article', target: 'school', rating: 'up', src: 'border-1' }),
      item({ kind: 'search', comment: 'visa', src: 'border-1' }),
      ...Array.from({ length: 2 }, () => item({ kind: 'opened' })),
      item({ kind: 'activation' }),
      item({ kind: 'app', rating: 'down', comment: 'slow' }),
      item({ kind: 'opened', src: 'flyer' }),
    ]);
    const d = await get('/api/feedback/dashboard?from=2026-01-01&to=2026-01-31');
    expect(d.funnel).toEqual([
      { src: 'border-1', opened: 5, ready: 3, feedback: 2 },
      { src: '(none)', opened: 2, ready: 1, feedback: 1 },
      { src: 'flyer', opened: 1, ready: 0, feedback: 0 },
    ]);
    expect(d.funnelTotal).toEqual({ opened: 8, ready: 4, feedback: 3 });
    expect(d.totals).toEqual({ items: 15, byKind: { ...ZERO_KINDS, opened: 8, activation: 4, article: 1, search: 1, app: 1 }, byLang: { ...ZERO_LANGS, ru: 15 } });
  });

  it('splits activations per day by src and by lang', async () => {
    const { seed, get } = await makeFeedbackApp(cleanups);
    await seed([
      item({ kind: 'activation', src: 'a', lang: 'uz', createdAt: '2026-01-05T03:00:00Z' }),
      item({ kind: 'activation', src: 'a', lang: 'tg', createdAt: '2026-01-05T18:59:59Z' }), // 23:59:59 in Almaty
      item({ kind: 'activation', lang: 'tg', createdAt: '2026-01-05T19:00:00Z' }), // 00:00 on the 6th in Almaty
      item({ kind: 'opened', src: 'a', createdAt: '2026-01-05T04:00:00Z' }), // not an activation
    ]);
    const d = await get('/api/feedback/dashboard?from=2026-01-05&to=2026-01-06');
    expect(d.activationsByDay).toEqual([
      { day: '2026-01-05', total: 2, bySrc: { a: 2 }, byLang: { uz: 1, tg: 1 } },
      { day: '2026-01-06', total: 1, bySrc: { '(none)': 1 }, byLang: { tg: 1 } },
    ]);
  });

  it('gives up/down per article and per checklist', async () => {
    const { seed, get } = await makeFeedbackApp(cleanups);
    await seed([
      item({ kind: 'article', target: 'school', rating: 'up' }),
      item({ kind: 'article', target: 'school', rating: 'up' }),
      item({ kind: 'article', target: 'school', rating: 'down', comment: 'unclear' }),
      item({ kind: 'article', target: 'visa', rating: 'down' }),
      item({ kind: 'article', target: 'visa', comment: 'no rating, only words' }),
      item({ kind: 'checklist', target: 'register-child', rating: 'down' }),
    ]);
    const d = await get('/api/feedback/dashboard?from=2026-01-01&to=2026-01-31');
    expect(d.ratings).toEqual({
      article: [{ target: 'school', up: 2, down: 1 }, { target: 'visa', up: 0, down: 1 }],
      checklist: [{ target: 'register-child', up: 0, down: 1 }],
    });
  });

  it('lists place reports per point, newest point first, with counts per reason and the comments newest first', async () => {
    const { seed, get } = await makeFeedbackApp(cleanups);
    const old = item({ kind: 'point', target: 'p-1', reason: 'closed', comment: 'закрыто', lang: 'ru', createdAt: '2026-01-03T08:00:00Z' });
    const newer = item({ kind: 'point', target: 'p-1', reason: 'wrong_phone', comment: 'нөмір қате', lang: 'kk', createdAt: '2026-01-04T08:00:00Z' });
    await seed([
      old,
      newer,
      item({ kind: 'point', target: 'p-1', reason: 'closed', createdAt: '2026-01-02T08:00:00Z' }),
      item({ kind: 'point', target: 'p-2', reason: 'wrong_hours', createdAt: '2026-01-09T08:00:00Z' }),
      item({ kind: 'point', target: 'p-2', rating: 'down', createdAt: '2026-01-08T08:00:00Z' }), // no reason
    ]);
    const d = await get('/api/feedback/dashboard?from=2026-01-01&to=2026-01-31');
    const none = { closed: 0, wrong_phone: 0, wrong_hours: 0, wrong_place: 0, other: 0 };
    expect(d.places).toEqual([
      { target: 'p-2', reports: 2, reasons: { ...none, wrong_hours: 1 }, noReason: 1, lastReportAt: '2026-01-09T08:00:00.000Z', commentCount: 0, comments: [] },
      {
        target: 'p-1', reports: 3, reasons: { ...none, closed: 2, wrong_phone: 1 }, noReason: 0, lastReportAt: '2026-01-04T08:00:00.000Z', commentCount: 2,
        comments: [
          { id: newer.id, text: 'нөмір қате', createdAt: '2026-01-04T08:00:00.000Z', lang: 'kk' },
          { id: old.id, text: 'закрыто', createdAt: '2026-01-03T08:00:00.000Z', lang: 'ru' },
        ],
      },
    ]);
  });

  it('groups search misses by text: trimmed, case-folded, spaces collapsed, and counts them', async () => {
    const { seed, get } = await makeFeedbackApp(cleanups);
    await seed([
      item({ kind: 'search', comment: '  Школа  в Алматы ', createdAt: '2026-01-02T10:00:00Z' }),
      item({ kind: 'search', comment: 'школа в алматы', createdAt: '2026-01-03T10:00:00Z' }),
      item({ kind: 'search', comment: 'ШКОЛА\tВ\nАЛМАТЫ', createdAt: '2026-01-04T10:00:00Z' }),
      item({ kind: 'search', comment: 'Patent', createdAt: '2026-01-05T10:00:00Z' }),
      item({ kind: 'search', comment: 'patent', createdAt: '2026-01-01T10:00:00Z' }),
      item({ kind: 'search', comment: 'виза', createdAt: '2026-01-06T10:00:00Z' }),
      item({ kind: 'app', comment: 'школа в алматы', createdAt: '2026-01-06T10:00:00Z' }), // not a search
    ]);
    const d = await get('/api/feedback/dashboard?from=2026-01-01&to=2026-01-31');
    expect(d.searchMisses).toEqual({
      items: 6,
      distinctTexts: 3,
      top: [
        { text: 'школа в алматы', count: 3, lastAt: '2026-01-04T10:00:00.000Z' },
        { text: 'patent', count: 2, lastAt: '2026-01-05T10:00:00.000Z' },
        { text: 'виза', count: 1, lastAt: '2026-01-06T10:00:00.000Z' },
      ],
    });
  });

  it('defaults to the last 30 days in Almaty', async () => {
    const { get } = await makeFeedbackApp(cleanups);
    const d = await get('/api/feedback/dashboard');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
    expect(d.range).toMatchObject({ to: today, tz: 'Asia/Almaty', days: 30 });
  });

  it.each([
    ['tz=Mars/Olympus', /^tz: /],
    ['tz=Asia%2FAlmaty%00', /^tz: /],
    ['from=2026-01-05&to=2026-01-01', /^from: must not be after to/],
    ['from=2026-02-30&to=2026-03-01', /^from: /],
    ['from=yesterday', /^from: /],
    ['to=2026-1-1', /^to: /],
    ['from=2000-01-01&to=2026-01-01', /^to: the range must not be longer than 3660 days/],
    ['since=2026-01-01', /^unknown query parameter$/],
    // Monrovia was UTC-0:44:30 until 1972: its midnight was on no quarter hour.
    ['from=1960-01-01&to=1960-01-02&tz=Africa/Monrovia', /^tz: its day boundaries in this range are not on a quarter hour$/],
    ['from=2026-01-01&from=2026-01-02', /^from: must be given once/],
  ])('answers 400 JSON for %s', async (qs, message) => {
    const { app } = await makeFeedbackApp(cleanups);
    const res = await app.inject({ method: 'GET', url: `/api/feedback/dashboard?${qs}`, headers: AUTH });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json().error).toMatch(message);
  });

  it('answers 401 and no data without the right token', async () => {
    const { app, seed } = await makeFeedbackApp(cleanups);
    await seed([item({ kind: 'search', comment: 'secret words' })]);
    for (const url of ['/api/feedback/dashboard', '/api/feedback/comments', '/api/feedback/dashboard?from=2026-01-01&to=2026-01-31']) {
      for (const headers of [{}, { authorization: 'Bearer wrong-token-0000000000' }]) {
        const res = await app.inject({ method: 'GET', url, headers });
        expect(res.statusCode).toBe(401);
        expect(res.body).not.toContain('secret');
        expect(Object.keys(res.json())).toEqual(['error']);
      }
    }
  });
});
