// @vitest-environment node
// POST /api/feedback at the HTTP level: envelope, size, content type, rate
// limiting, staying up after garbage, and keeping people out of the logs.
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { feedbackApi, appItem } from '../helpers/feedback-api.js';

/** @param {{ rateLimit?: { max: number, timeWindow: number } | false, logger?: any }} [opts] */
const makeApp = (opts = {}) => feedbackApi({ name: 'http', ...opts });

const item = appItem;

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {string} body raw request body
 * @param {Record<string, string>} [headers]
 */
const postRaw = (app, body, headers = { 'content-type': 'application/json' }) =>
  app.inject({ method: 'POST', url: '/api/feedback', body, headers });

describe('request envelope', () => {
  it('answers 400 with a JSON error for malformed JSON', async () => {
    const { app } = await makeApp();
    for (const body of ['{"items":[', 'not json', '{"items":[{"id":1},]}']) {
      const res = await postRaw(app, body);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json()).toEqual({ error: 'Malformed JSON body' });
    }
  });

  it('answers 400 for an empty JSON body', async () => {
    const { app } = await makeApp();
    const res = await postRaw(app, '');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(/empty/);
  });

  it.each([
    ['items missing', {}, /items: is required/],
    ['zero items', { items: [] }, /1 to 100/],
    ['101 items', { items: Array.from({ length: 101 }, () => item()) }, /1 to 100 items \(got 101\)/],
    ['items not an array', { items: { 0: item() } }, /items: must be an array/],
    ['items is a string', { items: 'x' }, /items: must be an array/],
    ['body is an array', [item()], /JSON object/],
    ['body is null', null, /JSON object/],
    ['extra top-level field', { items: [item()], user: 'x' }, /^unknown field in body$/],
  ])('answers 400 when %s, and stores nothing', async (_name, body, message) => {
    const { app, count } = await makeApp();
    const res = await postRaw(app, JSON.stringify(body));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(message);
    expect(count()).toBe(0);
  });

  it('accepts exactly 100 items', async () => {
    const { app, count } = await makeApp();
    const res = await postRaw(app, JSON.stringify({ items: Array.from({ length: 100 }, () => item()) }));
    expect(res.statusCode).toBe(200);
    expect(res.json().results).toHaveLength(100);
    expect(count()).toBe(100);
  });
});

describe('body size and content type', () => {
  it('accepts a body of exactly 256 KiB and answers 413 JSON one byte over it', async () => {
    const { app, count } = await makeApp();
    const json = JSON.stringify({ items: [item({ comment: 'Рақмет' })] });
    // Trailing whitespace is valid JSON, so we can hit the limit to the byte.
    const exact = json + ' '.repeat(262144 - Buffer.byteLength(json));
    expect(Buffer.byteLength(exact)).toBe(262144);
    const ok = await postRaw(app, exact);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().results[0].status).toBe('stored');

    const over = await postRaw(app, `${exact} `);
    expect(over.statusCode).toBe(413);
    expect(over.headers['content-type']).toMatch(/^application\/json/);
    expect(over.json().error).toMatch(/too large/);

    // A realistic oversize batch: 100 long Cyrillic comments (~400 KB).
    const big = JSON.stringify({ items: Array.from({ length: 100 }, () => item({ comment: 'ә'.repeat(2000) })) });
    expect((await postRaw(app, big)).statusCode).toBe(413);
    expect(count()).toBe(1);
  });

  it('answers 415 JSON for text/plain, form and XML bodies, and for a missing content type', async () => {
    const { app, count } = await makeApp();
    const body = JSON.stringify({ items: [item()] });
    for (const ct of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await postRaw(app, body, { 'content-type': ct });
      expect(res.statusCode, ct).toBe(415);
      expect(res.json().error).toBe('Content-Type must be application/json');
    }
    const bare = await app.inject({ method: 'POST', url: '/api/feedback' });
    expect(bare.statusCode).toBe(415);
    expect(bare.json().error).toBe('Content-Type must be application/json');
    expect(count()).toBe(0);
  });

  it('accepts application/json with a charset parameter', async () => {
    const { app } = await makeApp();
    const res = await postRaw(app, JSON.stringify({ items: [item()] }), { 'content-type': 'application/json; charset=utf-8' });
    expect(res.statusCode).toBe(200);
  });
});

describe('staying healthy', () => {
  it('keeps serving valid requests after a run of hostile input', async () => {
    const { app, count } = await makeApp();
    const hostile = [
      '{"__proto__":{"polluted":true},"items":[]}',
      '{"items":[{"constructor":{"prototype":{"x":1}}}]}',
      '{"items":[' + '['.repeat(5000) + ']'.repeat(5000) + ']}',
      '\u0000\u0001\u0002',
      '{"items":[{"id":"' + '\ud800'.repeat(10) + '"}]}',
      JSON.stringify({ items: [{ ...item(), comment: { toString: 1 } }] }),
    ];
    for (const body of hostile) {
      const res = await postRaw(app, body);
      expect(res.statusCode, body.slice(0, 40)).toBeGreaterThanOrEqual(200);
      expect(res.statusCode, body.slice(0, 40)).toBeLessThan(500);
    }
    expect(/** @type {any} */ ({}).polluted).toBeUndefined();
    const ok = await postRaw(app, JSON.stringify({ items: [item()] }));
    expect(ok.json().results[0].status).toBe('stored');
    expect(count()).toBe(1);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After and a JSON error once a client exceeds the limit', async () => {
    const { app, count } = await makeApp({ rateLimit: { max: 2, timeWindow: 60_000 } });
    const post = (remoteAddress = '203.0.113.5') =>
      app.inject({ method: 'POST', url: '/api/feedback', payload: { items: [item()] }, remoteAddress });
    expect((await post()).statusCode).toBe(200);
    expect((await post()).statusCode).toBe(200);
    const limited = await post();
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.json().error).toMatch(/Too many requests/);
    expect(count()).toBe(2);
    // Another client is not punished for the first one.
    expect((await post('198.51.100.9')).statusCode).toBe(200);
  });

  it('does not limit the admin endpoints', async () => {
    const { app } = await makeApp({ rateLimit: { max: 1, timeWindow: 60_000 } });
    for (let i = 0; i < 4; i++) {
      const res = await app.inject({
        method: 'GET',
        url: '/api/feedback/summary',
        headers: { authorization: 'Bearer test-admin-token-0123456789' },
      });
      expect(res.statusCode).toBe(200);
    }
  });
});

describe('logs', () => {
  it('never contain the client IP, user agent or anything from the body', async () => {
    const lines = /** @type {string[]} */ ([]);
    const stream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const { app } = await makeApp({ logger: { level: 'trace', stream }, rateLimit: { max: 2, timeWindow: 60_000 } });
    const headers = { 'content-type': 'application/json', 'user-agent': 'SecretPhone/9.9' };
    const remoteAddress = '192.0.2.77';
    const secret = 'my-family-lives-at-secret-street';
    const requests = [
      JSON.stringify({ items: [item({ comment: secret })] }),
      `{"items":[{"comment":"${secret}"`, // malformed: parser errors can echo input
      JSON.stringify({ items: [item({ comment: secret })] }), // rate limited
    ];
    for (const body of requests) await app.inject({ method: 'POST', url: '/api/feedback', body, headers, remoteAddress });
    const log = lines.join('');
    if (process.env.SHOW_LOG) console.log(log);
    expect(lines.length).toBeGreaterThan(0);
    expect(log).toContain('/api/feedback');
    expect(log).not.toContain(remoteAddress);
    expect(log).not.toContain('SecretPhone');
    expect(log).not.toContain(secret);
  });
});

// A full disk and the admin token rules (issue 11 #16, #18): feedback-faults.test.js
