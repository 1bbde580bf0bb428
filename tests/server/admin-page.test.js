// @vitest-environment node
// The NGO dashboard page (server/admin-page.js): served at /admin and /admin/ from dist/admin,
// noindex everywhere under /admin, never the family shell, a clear answer when not built.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildServer } from '../../server/app.js';
import { CSP } from '../../server/headers.js';

const FAMILY = '<!doctype html><title>Qadam family app</title>';
const FAMILY_404 = '<!doctype html><title>Qadam: page not found</title>';
const ADMIN = '<!doctype html><meta name="robots" content="noindex, nofollow"><title>Qadam dashboard</title>';

/** @type {(() => Promise<void>)[]} */
const cleanups = [];
afterEach(async () => {
  while (cleanups.length) await /** @type {() => Promise<void>} */ (cleanups.pop())();
});

/** A server over a tiny dist; `admin: false` leaves the dashboard unbuilt. */
async function start({ admin = true } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qadam-admin-page-'));
  const dist = path.join(tmp, 'dist');
  fs.mkdirSync(dist, { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), FAMILY);
  // A prerendered build's family pages (scripts/prerender/build.js writes this layout).
  fs.mkdirSync(path.join(dist, 'ru', 'help'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'ru', 'help', 'index.html'), FAMILY);
  fs.mkdirSync(path.join(dist, '404'), { recursive: true });
  fs.writeFileSync(path.join(dist, '404', 'ru.html'), FAMILY_404);
  if (admin) {
    fs.mkdirSync(path.join(dist, 'admin', 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'admin', 'index.html'), ADMIN);
    fs.writeFileSync(path.join(dist, 'admin', 'assets', 'index-abc123.js'), 'export {};\n');
  }
  const app = await buildServer({ distDir: dist, dataDir: path.join(tmp, 'data'), logger: false, adminToken: '' });
  cleanups.push(async () => {
    await app.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  return app;
}

describe('/admin', () => {
  it('serves the dashboard build at /admin and /admin/, noindex, with the app CSP and revalidated each time', async () => {
    const app = await start();
    for (const url of ['/admin', '/admin/', '/admin?from=x']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(ADMIN);
      expect(res.headers['content-type'], url).toMatch(/^text\/html/);
      expect(res.headers['x-robots-tag'], url).toBe('noindex, nofollow');
      expect(res.headers['content-security-policy'], url).toBe(CSP);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('serves its hashed assets for a year, also noindex', async () => {
    const app = await start();
    const res = await app.inject({ url: '/admin/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
  });

  it('answers 404 JSON below /admin/, never the family shell', async () => {
    const app = await start();
    for (const url of ['/admin/settings', '/admin/assets/missing.js', '/administrator/x']) {
      const res = await app.inject({ url });
      if (url.startsWith('/administrator')) {
        // Not the dashboard's path at all: an ordinary app URL, the family app's business (its not-found page).
        expect(res.statusCode).toBe(404);
        expect(res.body).toBe(FAMILY_404);
        expect(res.headers['x-robots-tag']).toBeUndefined();
        continue;
      }
      expect(res.statusCode, url).toBe(404);
      expect(res.json(), url).toEqual({ error: 'not found' });
    }
  });

  it('says plainly when the dashboard was not built', async () => {
    const app = await start({ admin: false });
    const res = await app.inject({ url: '/admin' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'the dashboard is not built: run npm run build' });
  });

  it('leaves the family app as it was: its pages get their prerendered page, without noindex', async () => {
    const app = await start();
    const res = await app.inject({ url: '/ru/help' });
    expect(res.body).toBe(FAMILY);
    expect(res.headers['x-robots-tag']).toBeUndefined();
  });
});
