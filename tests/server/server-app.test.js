// @vitest-environment node
// The whole server (server/app.js) on a real socket: timeouts for stalled uploads, Vary on
// compressible responses, reverse-proxy and rate-limit settings, and JSON on every refusal.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import zlib from 'node:zlib';
import { randomUUID } from 'node:crypto';
import { buildServer, DEFAULT_TIMEOUTS } from '../../server/app.js';
import { parseRateLimit, parseTrustProxy } from '../../server/config.js';

/** @type {(() => Promise<void>)[]} */
const cleanups = [];
afterEach(async () => {
  while (cleanups.length) await /** @type {() => Promise<void>} */ (cleanups.pop())();
});

const ASSET = `export const x = "${'compressible '.repeat(200)}";\n`;

/** @param {Parameters<typeof buildServer>[0] extends infer O ? Partial<O> : never} [options] */
async function start(options = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qadam-app-'));
  const dist = path.join(tmp, 'dist');
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Qadam</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'app-1.js'), ASSET);
  fs.writeFileSync(path.join(dist, 'assets', 'app-1.js.br'), zlib.brotliCompressSync(Buffer.from(ASSET)));
  fs.writeFileSync(path.join(dist, 'assets', 'pic-1.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  const app = await buildServer({ distDir: dist, dataDir: path.join(tmp, 'data'), logger: false, adminToken: '', ...options });
  cleanups.push(async () => {
    await app.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, port: /** @type {import('node:net').AddressInfo} */ (app.server.address()).port };
}

/**
 * Opens a raw socket, writes `text`, and reports what came back and when the server closed it.
 * Gives up (closed: false) after `waitMs`.
 * @param {number} port @param {string} text @param {number} waitMs
 */
function rawExchange(port, text, waitMs) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const t0 = performance.now();
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ closed: false, data, ms: performance.now() - t0 });
    }, waitMs);
    socket.on('data', (d) => (data += d));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ closed: true, data, ms: performance.now() - t0 });
    });
    socket.write(text);
  });
}

const feedbackHeaders = (length) =>
  `POST /api/feedback HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

describe('stalled uploads (issue 11 #9)', () => {
  it('uses 30 s for a whole request, 10 s for headers and 60 s of silence by default', async () => {
    const { app } = await start();
    expect(DEFAULT_TIMEOUTS).toMatchObject({ requestMs: 30_000, headersMs: 10_000, idleMs: 60_000 });
    expect(app.server.requestTimeout).toBe(30_000);
    expect(app.server.headersTimeout).toBe(10_000);
    expect(app.server.timeout).toBe(60_000);
  });

  it('closes a connection that sent its headers and then stalls in the body, answering 408 JSON', async () => {
    const { port } = await start({ timeouts: { requestMs: 1500, headersMs: 1000, checkEveryMs: 100 } });
    const body = JSON.stringify({ items: [] });
    // Headers promise 1000 bytes; only a few arrive, then nothing.
    const res = /** @type {{ closed: boolean, data: string, ms: number }} */ (await rawExchange(port, `${feedbackHeaders(1000)}${body.slice(0, 5)}`, 6000));
    expect(res.closed).toBe(true);
    expect(res.ms).toBeLessThan(4000);
    expect(res.data).toMatch(/^HTTP\/1\.1 408 /);
    expect(res.data).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(res.data.split('\r\n\r\n')[1])).toEqual({ error: 'Request took too long to arrive' });
  });

  it('closes a connection that stalls in the middle of its headers', async () => {
    const { port } = await start({ timeouts: { requestMs: 1500, headersMs: 800, checkEveryMs: 100 } });
    const res = /** @type {{ closed: boolean, data: string, ms: number }} */ (await rawExchange(port, 'POST /api/feedback HTTP/1.1\r\nHost: loc', 6000));
    expect(res.closed).toBe(true);
    expect(res.ms).toBeLessThan(4000);
  });

  it('still takes a slow but steady upload that finishes in time', async () => {
    const { port } = await start({ timeouts: { requestMs: 3000, headersMs: 1000, checkEveryMs: 100 } });
    const body = JSON.stringify({
      items: [{ id: randomUUID(), kind: 'app', lang: 'ru', appVersion: '1', contentVersion: '1', createdAt: new Date().toISOString() }],
    });
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (d) => (data += d));
    const closed = new Promise((r) => socket.on('close', r));
    socket.write(feedbackHeaders(Buffer.byteLength(body)).replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n'));
    for (let i = 0; i < body.length; i += 40) {
      socket.write(body.slice(i, i + 40));
      // Deliberately slow: 10 pieces over ~1 s, inside the 3 s limit.
      await new Promise((r) => setTimeout(r, 100));
    }
    await closed;
    expect(data).toMatch(/^HTTP\/1\.1 200 /);
    expect(data).toContain('"status":"stored"');
  });
});

describe('Vary: Accept-Encoding (issue 11 #12)', () => {
  it('is on a precompressed file, in both encodings, and on JSON; not needed on images', async () => {
    const { app } = await start();
    const br = await app.inject({ url: '/assets/app-1.js', headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    const plain = await app.inject({ url: '/assets/app-1.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(String(plain.headers.vary)).toMatch(/accept-encoding/i);
    for (const url of ['/api/health', '/', '/kk/help']) {
      expect(String((await app.inject({ url })).headers.vary), url).toMatch(/accept-encoding/i);
    }
    // Once, not twice, where @fastify/compress adds it too.
    const gz = await app.inject({ url: '/kk/help', headers: { 'accept-encoding': 'gzip' } });
    expect(String(gz.headers.vary).match(/accept-encoding/gi)).toHaveLength(1);
    expect((await app.inject({ url: '/assets/pic-1.png' })).headers.vary).toBeUndefined();
  });
});

describe('QADAM_TRUST_PROXY and QADAM_RATE_LIMIT (issue 11 #19)', () => {
  const post = (/** @type {import('fastify').FastifyInstance} */ app, /** @type {string} */ forwardedFor) =>
    app.inject({
      method: 'POST',
      url: '/api/feedback',
      remoteAddress: '127.0.0.1', // the proxy
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { items: [{ id: randomUUID(), kind: 'app', lang: 'ru', appVersion: '1', contentVersion: '1', createdAt: new Date().toISOString() }] },
    });

  it('behind a trusted proxy gives each phone its own bucket; untrusted, they share the proxy one', async () => {
    const { app: trusted } = await start({ trustProxy: 1, rateLimit: 2 });
    for (const phone of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      expect((await post(trusted, phone)).statusCode).toBe(200);
      expect((await post(trusted, phone)).statusCode).toBe(200);
      expect((await post(trusted, phone)).statusCode).toBe(429);
    }
    const { app: direct } = await start({ trustProxy: false, rateLimit: 2 });
    const statuses = [];
    for (const phone of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) statuses.push((await post(direct, phone)).statusCode);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('reads both from the environment, and refuses values it cannot use', async () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8,::1')).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
    expect(() => parseTrustProxy('true')).toThrow(/QADAM_TRUST_PROXY/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/QADAM_TRUST_PROXY/);
    expect(parseRateLimit(undefined)).toBe(60);
    expect(parseRateLimit('120')).toBe(120);
    for (const bad of ['0', '-5', '1.5', 'lots']) expect(() => parseRateLimit(bad)).toThrow(/QADAM_RATE_LIMIT/);

    const saved = { proxy: process.env.QADAM_TRUST_PROXY, limit: process.env.QADAM_RATE_LIMIT };
    process.env.QADAM_TRUST_PROXY = '127.0.0.1';
    process.env.QADAM_RATE_LIMIT = '1';
    try {
      const { app } = await start();
      expect((await post(app, '198.51.100.7')).statusCode).toBe(200);
      expect((await post(app, '198.51.100.7')).statusCode).toBe(429);
      expect((await post(app, '198.51.100.8')).statusCode).toBe(200);
    } finally {
      for (const [k, v] of [['QADAM_TRUST_PROXY', saved.proxy], ['QADAM_RATE_LIMIT', saved.limit]]) {
        if (v === undefined) delete process.env[/** @type {string} */ (k)];
        else process.env[/** @type {string} */ (k)] = v;
      }
    }
  });
});

describe('every refusal is our JSON (issue 11, item 2)', () => {
  it.each([
    ['a URL that is not valid percent-encoding', 'GET /api/feedback/%zz-secret HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
    ['bytes that are not HTTP', 'HELLO there\r\n\r\n', 400],
    ['a bad Content-Length', 'POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}', 400],
    ['headers over the size limit', `GET /api/feedback HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ['GET on the POST-only feedback route', 'GET /api/feedback HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 404],
    ['an admin route while admin is off', 'GET /api/feedback/dashboard HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 404],
  ])('%s: {"error": "..."} as application/json, echoing nothing', async (_name, request, status) => {
    const { port } = await start();
    const res = /** @type {{ closed: boolean, data: string }} */ (await rawExchange(port, request, 3000));
    const [head, body] = res.data.split('\r\n\r\n');
    expect(head).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(head).toMatch(/content-type: application\/json/i);
    const json = JSON.parse(body);
    expect(Object.keys(json)).toEqual(['error']);
    expect(typeof json.error).toBe('string');
    expect(body).not.toContain('secret');
  });
});
