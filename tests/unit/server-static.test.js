// @vitest-environment node
// The static server on a temp build: cache headers that let phones see updates, hashed
// assets cached forever, compression, a strict CSP, and every page URL answered with its
// prerendered HTML (or the not-found page of the best language, with a 404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildServer } from '../../server/app.js';

const INDEX = '<!doctype html><html><head><title>Qadam test shell</title></head><body><div id="root"></div></body></html>';
const KIT = '<!doctype html><html lang="ru" data-qadam-kit="v1"><head><style>body{margin:0}</style></head><body>Qadam kit</body></html>';
const page = (name) => `<!doctype html><html><head><title>${name}</title></head><body><div id="root">${name}</div></body></html>`;
// A prerendered build's pages (scripts/prerender/build.js writes the same layout).
const PAGES = {
  'kk/help/index.html': page('kk help'),
  'ru/index.html': page('ru home'),
  'ru/rights/some-slug/index.html': page('ru article'),
  'shell/ru.html': page('ru shell'),
  '404/ru.html': page('ru not found'),
  '404/kk.html': page('kk not found'),
  '404/uz.html': page('uz not found'),
};
const ASSET = `// app bundle\n${'export const line = "some bundled code that compresses well";\n'.repeat(80)}`;

let tmp;
/** @type {import('fastify').FastifyInstance} */
let app;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qadam-static-'));
  const dist = path.join(tmp, 'dist');
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(dist, 'packs'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), INDEX);
  fs.mkdirSync(path.join(dist, 'kit'));
  fs.writeFileSync(path.join(dist, 'kit', 'qadam-ru.html'), KIT);
  for (const [file, html] of Object.entries(PAGES)) {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), html);
  }
  fs.writeFileSync(path.join(dist, 'sw.js'), 'self.addEventListener("install", () => {});\n');
  fs.writeFileSync(path.join(dist, 'manifest.webmanifest'), JSON.stringify({ name: 'Qadam', start_url: '/' }));
  fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), ASSET);
  fs.writeFileSync(path.join(dist, 'packs', 'ru.abc.json'), JSON.stringify({ lang: 'ru', hash: 'abc', articles: [] }));
  app = await buildServer({ distDir: dist, dataDir: path.join(tmp, 'data'), logger: false, feedback: false });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const get = (url, headers = {}) => app.inject({ method: 'GET', url, headers });

describe('/api/health', () => {
  it('answers 200 JSON ok and is never cached', async () => {
    const res = await get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.json()).toMatchObject({ ok: true });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('cache policy', () => {
  it.each(['/sw.js', '/index.html', '/manifest.webmanifest'])('makes phones revalidate %s every time', async (url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves the manifest with its own content type', async () => {
    expect((await get('/manifest.webmanifest')).headers['content-type']).toMatch(/application\/manifest\+json/);
  });

  it('serves a deep link\'s prerendered page with no-cache', async () => {
    const res = await get('/ru/rights/some-slug');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toBe(PAGES['ru/rights/some-slug/index.html']);
  });

  it.each(['/assets/app-abc123.js', '/packs/ru.abc.json'])('caches the hashed file %s forever', async (url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});

describe('compression', () => {
  it('sends brotli when the browser accepts it, and the content survives', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    const raw = res.rawPayload;
    expect(raw.length).toBeLessThan(Buffer.byteLength(ASSET));
    expect(zlib.brotliDecompressSync(raw).toString('utf8')).toBe(ASSET);
  });

  it('sends it uncompressed to a client that accepts no encoding', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'identity' } });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(ASSET);
  });
});

describe('security headers', () => {
  it.each(['/ru/', '/kk/help', '/xx/unknown', '/sw.js'])('sends a strict CSP on the document or worker %s', async (url) => {
    const csp = (await get(url)).headers['content-security-policy'];
    expect(csp).toMatch(/(^|;\s*)script-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('the one-file kits', () => {
  it('serves /kit/qadam-ru.html as the file itself, revalidated, under a policy with no script and no request', async () => {
    const res = await get('/kit/qadam-ru.html');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toBe(KIT);
    expect(res.headers['cache-control']).toBe('no-cache');
    const csp = res.headers['content-security-policy'];
    expect(csp).toMatch(/^default-src 'none';/);
    expect(csp).not.toMatch(/script-src|connect-src|'self'/);
    expect(csp).toContain("style-src 'unsafe-inline'"); // the kit's one inline stylesheet
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('answers 404 for a kit that does not exist, not the app shell', async () => {
    const res = await get('/kit/qadam-xx.html');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not found' });
  });
});

describe('app paths and real 404s', () => {
  it.each([
    ['/kk/help', 'kk/help/index.html'],
    ['/kk/help/', 'kk/help/index.html'],
    ['/ru', 'ru/index.html'],
    ['/ru/', 'ru/index.html'],
    ['/ru/rights/some-slug?src=leaflet.v2', 'ru/rights/some-slug/index.html'],
    ['/ru/rights/some-slug/', 'ru/rights/some-slug/index.html'],
    ['/ru/search?q=виза', 'shell/ru.html'], // search needs the phone's index: the shell
  ])('answers %s with its prerendered page', async (url, file) => {
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toBe(PAGES[file]);
  });

  it.each([
    ['/xx/unknown', '', '404/ru.html'], // no language known: Russian
    ['/xx/unknown', 'uz-UZ,uz;q=0.9,ru;q=0.8', '404/uz.html'], // the browser's best language
    ['/kk/rights/no-such-article', 'uz', '404/kk.html'], // the URL's language wins
    ['/kk/no-such-page', '', '404/kk.html'],
    ['/ru/rights/..%2F..%2Fetc', '', '404/ru.html'], // never leaves the build folder
  ])('answers %s (Accept-Language "%s") with the not-found page %s and a 404', async (url, acceptLanguage, file) => {
    const res = await get(url, acceptLanguage ? { 'accept-language': acceptLanguage } : {});
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toBe(PAGES[file]);
  });

  it.each([
    ['/', '', '/ru/'],
    ['/', 'uz-UZ,uz;q=0.9,ru;q=0.8', '/uz/'],
    ['/', 'de-DE, tj;q=0.5', '/tg/'],
    ['/?src=leaflet-1', 'kk', '/kk/?src=leaflet-1'],
  ])('redirects %s (Accept-Language "%s") to %s', async (url, acceptLanguage, location) => {
    const res = await get(url, acceptLanguage ? { 'accept-language': acceptLanguage } : {});
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(location);
    expect(res.headers.vary).toMatch(/accept-language/);
  });

  it('answers a malformed escape with a 400 JSON error', async () => {
    const res = await get('/ru/rights/%E0%A4%A');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/json/);
  });

  it.each(['/api/nope', '/missing.js', '/assets/missing-123.css'])('answers 404 JSON for %s', async (url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.json()).toEqual({ error: 'not found' });
  });

  it('answers 404 to a POST on an app path', async () => {
    const res = await app.inject({ method: 'POST', url: '/kk/help', payload: { a: 1 } });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Qadam test shell');
  });
});

describe('precompressed assets', () => {
  it('sends the build-time .br file when the browser accepts brotli, and nosniff on scripts', async () => {
    const zlib = await import('node:zlib');
    const file = path.join(tmp, 'dist/assets/app-abc123.js');
    const marker = '/* brotli from the build */';
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(Buffer.from(ASSET + marker)));
    const res = await app.inject({ method: 'GET', url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'br' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toContain(marker);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    fs.rmSync(`${file}.br`);
  });
});
