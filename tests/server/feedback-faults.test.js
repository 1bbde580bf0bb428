// @vitest-environment node
// Faults and guards (issue 11): a full disk answers 503 so phones retry, and the admin token
// is trimmed, refused when short, and guarded against guessing.
import { describe, expect, it, vi } from 'vitest';
import { Writable } from 'node:stream';
import { feedbackApi, appItem } from '../helpers/feedback-api.js';

/** @param {{ rateLimit?: { max: number, timeWindow: number } | false, logger?: any }} [opts] */
const makeApp = (opts = {}) => feedbackApi({ name: 'faults', ...opts });

const item = appItem;


describe('a full disk (issue 11 #18)', () => {
  it('answers 503 with Retry-After and a JSON error when SQLite is full, so phones retry; nothing half-stored', async () => {
    const { app, db, count } = await makeApp();
    // Really fill the database: no more pages than it has now. The next batch needs new
    // pages and SQLite refuses with SQLITE_FULL, as on a full disk.
    const pages = db.pragma('page_count', { simple: true });
    db.pragma(`max_page_count = ${pages}`);
    const batch = { items: Array.from({ length: 50 }, () => item({ comment: 'ә'.repeat(1500) })) };
    const res = await app.inject({ method: 'POST', url: '/api/feedback', payload: batch });
    expect(res.statusCode).toBe(503);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json().error).toMatch(/retry/i);
    expect(count()).toBe(0);
    // Space again: the same batch, resent, is stored.
    db.pragma('max_page_count = 1073741823');
    const again = await app.inject({ method: 'POST', url: '/api/feedback', payload: batch });
    expect(again.statusCode).toBe(200);
    expect(count()).toBe(50);
  });
});

describe('admin token (issue 11 #16)', () => {
  /** @param {string} adminToken @param {any} [logger] */
  const appWithToken = async (adminToken, logger = false) => (await feedbackApi({ name: 'token', adminToken, logger })).app;
  const TOKEN = 'a-long-random-admin-token-5e1d';
  /** @param {import('fastify').FastifyInstance} app @param {string} token @param {string} [remoteAddress] */
  const summary = (app, token, remoteAddress = '203.0.113.7') =>
    app.inject({ method: 'GET', url: '/api/feedback/summary', headers: { authorization: `Bearer ${token}` }, remoteAddress });

  it('matches a token configured with a trailing newline or spaces', async () => {
    for (const configured of [`${TOKEN}\n`, `  ${TOKEN} \r\n`]) {
      const app = await appWithToken(configured);
      expect((await summary(app, TOKEN)).statusCode).toBe(200);
    }
  });

  it('keeps the admin routes off, with an error in the log, when the token is shorter than 16 characters', async () => {
    const lines = /** @type {string[]} */ ([]);
    const stream = new Writable({ write(chunk, _e, cb) { lines.push(String(chunk)); cb(); } });
    const app = await appWithToken('short-token-15c', { level: 'info', stream });
    const res = await summary(app, 'short-token-15c');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toHaveProperty('error');
    const errors = lines.map((l) => JSON.parse(l)).filter((l) => l.level >= 50);
    expect(errors.map((l) => l.msg).join('\n')).toMatch(/QADAM_ADMIN_TOKEN.*shorter than 16.*OFF/);
    // Ingest is not affected.
    expect((await app.inject({ method: 'POST', url: '/api/feedback', payload: { items: [item()] } })).statusCode).toBe(200);
  });

  it('stops a guesser after 10 wrong tokens a minute: 429 with Retry-After, even for the right token', async () => {
    const app = await appWithToken(TOKEN);
    // Before the fix the server evaluated ~1,780 guesses per second from one client.
    const t0 = performance.now();
    const statuses = [];
    for (let i = 0; i < 300; i++) statuses.push((await summary(app, `guess-${i}-xxxxxxxxxxxxxxxx`)).statusCode);
    const seconds = (performance.now() - t0) / 1000;
    const evaluated = statuses.filter((s) => s === 401).length;
    expect(evaluated).toBe(10);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    expect(evaluated / Math.max(seconds, 1 / 60)).toBeLessThan(1780);
    const blocked = await summary(app, TOKEN);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(blocked.headers['content-type']).toMatch(/^application\/json/);
    expect(blocked.json().error).toMatch(/Too many/);
    // Another client (another address) is not locked out by the guesser.
    expect((await summary(app, TOKEN, '198.51.100.4')).statusCode).toBe(200);
  });

  it('lets the client in again after the minute, and never counts right tokens', async () => {
    const app = await appWithToken(TOKEN);
    for (let i = 0; i < 30; i++) expect((await summary(app, TOKEN)).statusCode).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      for (let i = 0; i < 10; i++) expect((await summary(app, 'wrong-token-0123456789')).statusCode).toBe(401);
      expect((await summary(app, TOKEN)).statusCode).toBe(429);
      vi.setSystemTime(Date.now() + 61_000);
      expect((await summary(app, TOKEN)).statusCode).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });
});
