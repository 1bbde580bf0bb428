// The map offline: base layer and markers drawn with no request leaving our server, a deep
// link to one place, the list filtered by category (also from ?category=), "near me" with a
// position that never leaves the phone, and no axe violations on the map, list and details.
// Last, the optional online tiles against a local stand-in tile server (QADAM_TILE_URL), and
// that "Erase everything" leaves no trace of the places looked at.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, newPhone, waitOfflineReady, axeViolations } from '../helpers/browser.js';
import { startServer, startServerProcess, freePort } from '../helpers/server.js';
import { DIST_A, E2E_DIR, ROOT, buildApp } from '../helpers/builds.js';
import { strings } from '../helpers/strings.js';

const POINTS = fs
  .readdirSync(path.join(ROOT, 'content/points'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => YAML.parse(fs.readFileSync(path.join(ROOT, 'content/points', f), 'utf8')));
const idsOf = (category) => POINTS.filter((p) => p.category === category).map((p) => p.id).sort();

let browser;
let server;
beforeAll(async () => {
  browser = await launch();
  server = await startServer({ distDir: DIST_A });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A phone that has visited once (offline-ready) and is now offline; every request is recorded. */
async function offlinePhone(options) {
  const phone = await newPhone(browser, options);
  const requests = [];
  phone.context.on('request', (r) => requests.push(r.url()));
  await phone.page.goto(`${server.url}/ru/`);
  await waitOfflineReady(phone.page);
  await phone.context.setOffline(true);
  return { ...phone, requests };
}

const foreign = (urls) => urls.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u));

test('offline, /ru/map draws the base layer and every place, and nothing leaves the server origin', async () => {
  const { context, page, requests, errors } = await offlinePhone();
  await page.goto(`${server.url}/ru/map?view=map`);
  const map = page.locator('[data-testid="map"][data-map-ready="true"]');
  await map.waitFor({ timeout: 30_000 });
  // The base layer: land and borders as SVG paths, and place names.
  expect(await map.locator('.leaflet-pane path').count()).toBeGreaterThan(10);
  expect(await map.locator('.map-place').count()).toBeGreaterThan(3);
  // Every point is on the map, alone or inside a group marker with its count.
  const pins = await map.locator('.map-pin').count();
  const grouped = (await map.locator('.map-group-count').allTextContents()).reduce((n, s) => n + Number(s), 0);
  expect(pins + grouped).toBe(POINTS.length);
  // Never a grey box: even outside the base layer's region the map is a calm land colour.
  expect(await map.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(233, 230, 221)');
  // Places in the same city share one marker; tapping it lists them below the map.
  const sameCity = POINTS.filter((p) => p.city.en === 'Almaty' && ['ngo', 'un-iom'].includes(p.category)).map((p) => p.id).sort();
  await page.goto(`${server.url}/ru/map?view=map&category=ngo,un-iom`);
  await map.waitFor();
  await map.locator('.map-group').first().focus(); // markers are buttons: the keyboard works too
  await page.keyboard.press('Enter');
  await page.locator('.place-group .place-card').first().waitFor();
  expect((await page.locator('.place-group [data-point]').evaluateAll((els) => els.map((e) => e.dataset.point))).sort()).toEqual(sameCity);
  expect(foreign(requests)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('offline, /ru/map/{id} opens that place with its city in Russian, one plain "nothing checked yet" notice, and a geo: link', async () => {
  const { context, page, requests } = await offlinePhone();
  const ru = strings('ru');
  const point = POINTS.find((p) => p.id === 'sana-sezim-shymkent');
  await page.goto(`${server.url}/ru/map/${point.id}`);
  const article = page.locator(`article[data-point="${point.id}"]`);
  await article.waitFor();
  expect((await article.locator('h1').textContent()).trim()).toBe(point.name.ru);
  expect(await article.locator('.place-facts dd').first().textContent()).toContain('Шымкент'); // the city as Russian writes it
  // No phone, address or hours in any source: said once, at the top, with where to turn instead,
  // not a "not yet verified" on every line.
  const notice = article.getByTestId('no-contact');
  expect(await notice.textContent()).toContain(ru.map.noContact);
  expect(await notice.locator('a[href="/ru/rights/free-legal-aid"]').count()).toBe(1);
  expect(await notice.locator('a[href="tel:1414"]').count()).toBe(1);
  expect(await article.getByTestId('phone-unverified').count()).toBe(0);
  expect(await article.getByTestId('address-unverified').count()).toBe(0);
  expect(await article.textContent()).not.toContain(ru.map.hoursNotVerified);
  // "Checked" is the day the source was seen, in Russian words, not ISO.
  expect(await article.locator('.article-meta').textContent()).toContain(ru.map.verified.replace('{{date}}', '28 ноября 2026\u202fг.'));
  expect(await article.getByTestId('navigate').getAttribute('href')).toMatch(
    new RegExp(`^geo:${point.coordinates.lat},${point.coordinates.lon}\\?q=${point.coordinates.lat},${point.coordinates.lon}\\(`),
  );
  expect(await article.locator('.sources a, .source a').first().getAttribute('href')).toBe(point.sources[0].url);
  // The sources' own dates, not only the day we read them: a 2016 page stays a 2016 page.
  const dated = await article.getByTestId('source-dated').textContent();
  for (const s of point.sources) expect(dated).toContain(String(s.date));
  expect(await article.locator('[data-feedback="problem"]').count()).toBe(1);
  await article.locator('[data-testid="map"][data-map-ready="true"]').waitFor();

  await page.goto(`${server.url}/ru/map/no-such-place`);
  await page.locator('[data-page="not-found"]').waitFor();
  expect(foreign(requests)).toEqual([]);
  await context.close();
});

test('the list filters by category, from the URL and from the chips', async () => {
  const { context, page } = await offlinePhone();
  const listed = async () => (await page.locator('[data-testid="place-list"] [data-point]').evaluateAll((els) => els.map((e) => e.dataset.point))).sort();

  await page.goto(`${server.url}/ru/map?category=border-crossing`);
  await page.getByTestId('place-list').waitFor();
  await expect.poll(listed).toEqual(idsOf('border-crossing'));

  await page.locator('.map-chip[data-category="legal-aid"]').click();
  await expect.poll(listed).toEqual([...idsOf('border-crossing'), ...idsOf('legal-aid')].sort());
  expect(new URL(page.url()).searchParams.get('category')).toBe('legal-aid,border-crossing');

  await page.locator('.map-chip[data-category="border-crossing"]').click();
  await expect.poll(listed).toEqual(idsOf('legal-aid'));

  await page.locator('.map-chip[aria-pressed="false"]', { hasText: strings('ru').map.all }).click();
  await expect.poll(listed).toEqual(POINTS.map((p) => p.id).sort());

  // A kind with no place yet says so and offers the urgent numbers.
  await page.goto(`${server.url}/ru/map?category=consulate`);
  await page.getByTestId('places-empty').locator('a[href="/ru/help"]').waitFor();
  await context.close();
});

test('"near me" sorts by distance with the position from the phone (offline)', async () => {
  const { context, page, requests } = await offlinePhone({
    geolocation: { latitude: 42.32, longitude: 69.59 }, // in Shymkent
    permissions: ['geolocation'],
  });
  await page.goto(`${server.url}/ru/map?view=list`);
  await page.getByTestId('place-list').waitFor();
  await page.getByTestId('near-me').click();
  const first = page.locator('[data-testid="place-list"] [data-point]').first();
  await expect.poll(() => first.getAttribute('data-point')).toBe('sana-sezim-shymkent');
  expect(await first.locator('.place-distance').textContent()).toMatch(/км/);
  expect(foreign(requests)).toEqual([]);
  await context.close();
});

test('the map, the list and a place have no axe violations', async () => {
  const { context, page } = await offlinePhone();
  for (const [url, ready] of [
    ['/ru/map?view=map', '[data-map-ready="true"]'],
    ['/ru/map?view=list', '[data-testid="place-list"] [data-point]'],
    ['/ru/map/border-korday', '[data-map-ready="true"]'],
  ]) {
    await page.goto(`${server.url}${url}`);
    await page.locator(ready).first().waitFor();
    expect(await axeViolations(page), url).toEqual([]);
  }
  await context.close();
});

describe('online tiles (QADAM_TILE_URL pointed at a local stand-in tile server)', () => {
  const PNG = fs.readFileSync(path.join(ROOT, 'public/icons/icon-192.png'));
  const distDir = path.join(E2E_DIR, 'dist-tiles');
  let tileServer;
  let app;
  const hits = [];
  beforeAll(async () => {
    // The tile server listens first, on a port the OS picks, so the app server cannot be
    // handed the same port (a freePort() reserved-then-released port can be given out twice).
    tileServer = http.createServer((req, res) => {
      hits.push(req.url);
      res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*', 'cache-control': 'max-age=604800' });
      res.end(PNG);
    });
    await new Promise((resolve, reject) => tileServer.once('error', reject).listen(0, '127.0.0.1', resolve));
    process.env.QADAM_TILE_URL = `http://127.0.0.1:${tileServer.address().port}/{z}/{x}/{y}.png`;
    try {
      await buildApp(distDir, 'e2e-tiles');
      app = await startServerProcess({ distDir, port: await freePort() }); // reads the same variable for its CSP
    } finally {
      delete process.env.QADAM_TILE_URL;
    }
  });
  afterAll(async () => {
    await app?.stop();
    await new Promise((r) => (tileServer ? tileServer.close(r) : r()));
  });

  test('are off by default, load only what is viewed once switched on, and are cached by the worker', async () => {
    const { context, page } = await newPhone(browser);
    // All tiles of the view are in and drawn (so no request is still on its way).
    const tilesDrawn = () =>
      page.evaluate(() => {
        const imgs = [...document.querySelectorAll('img.leaflet-tile')];
        return imgs.length > 0 && imgs.every((i) => i.complete && i.naturalWidth > 0);
      });
    await page.goto(`${app.url}/ru/`);
    await waitOfflineReady(page);
    await page.goto(`${app.url}/ru/map?view=map`);
    await page.locator('[data-map-ready="true"]').waitFor();
    // A fixed wait for something that must NOT happen (a tile request), which has no event:
    // tiles are requested as soon as the map is ready when they are on (test below), so a
    // later one would slip past, a false pass, never a false failure.
    await page.waitForTimeout(500);
    expect(hits).toEqual([]); // no third-party request unless the family asks for it
    expect(await page.locator('img.leaflet-tile').count()).toBe(0);

    await page.getByTestId('tiles-toggle').check();
    await expect.poll(tilesDrawn, { timeout: 15_000 }).toBe(true);
    const viewed = hits.length;
    expect(viewed).toBeGreaterThan(0);
    expect(viewed).toBeLessThanOrEqual(40); // the tiles in view, nothing like an area download
    expect(new Set(hits).size).toBe(viewed); // each tile fetched once
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('qadam-tiles')).keys()).length)).toBe(viewed);

    // The choice is remembered, and viewed tiles come from the worker's cache, not the network.
    await page.reload();
    await page.locator('[data-map-ready="true"]').waitFor();
    expect(await page.getByTestId('tiles-toggle').isChecked()).toBe(true);
    await expect.poll(tilesDrawn, { timeout: 15_000 }).toBe(true);
    expect(hits.length).toBe(viewed);

    // Offline, the map is the base layer again (tiles are an online extra).
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-map-ready="true"] .leaflet-pane path').first().waitFor();
    expect(await page.locator('img.leaflet-tile').count()).toBe(0);
    await context.close();
  });

  test('"Erase everything" leaves no viewed tile behind: no tile cache, no record of tile URLs', async () => {
    const ru = strings('ru');
    const { context, page } = await newPhone(browser);
    await page.goto(`${app.url}/ru/`);
    await waitOfflineReady(page);
    await page.goto(`${app.url}/ru/map?view=map`);
    await page.locator('[data-map-ready="true"]').waitFor();
    await page.getByTestId('tiles-toggle').check();
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('qadam-tiles')).keys()).length), { timeout: 15_000 }).toBeGreaterThan(0);
    /** Every URL the phone keeps anywhere a cache or workbox's expiry records can hold one. */
    const keptUrls = () =>
      page.evaluate(async () => {
        const urls = [];
        for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
        const names = (await indexedDB.databases()).map((d) => d.name);
        if (names.includes('workbox-expiration')) {
          const db = await new Promise((resolve, reject) => {
            const open = indexedDB.open('workbox-expiration');
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          if (db.objectStoreNames.length > 0) {
            const store = db.transaction(db.objectStoreNames[0]).objectStore(db.objectStoreNames[0]);
            const rows = await new Promise((resolve) => (store.getAll().onsuccess = (e) => resolve(e.target.result)));
            for (const row of rows) urls.push(row.url);
          }
          db.close();
        }
        return { urls, caches: await caches.keys() };
      });
    const tileOrigin = new URL(process.env.QADAM_TILE_URL ?? `http://127.0.0.1:${tileServer.address().port}`).origin;
    await expect.poll(async () => (await keptUrls()).urls.filter((u) => u.startsWith(tileOrigin)).length).toBeGreaterThan(0);

    await page.goto(`${app.url}/ru/settings`);
    await page.getByRole('button', { name: ru.settings.erase }).click();
    await page.getByRole('button', { name: ru.settings.eraseYes }).click();
    await page.waitForURL(`${app.url}/ru/`);
    await page.locator('main').waitFor();

    const after = await keptUrls();
    expect(after.caches).not.toContain('qadam-tiles');
    // (The language pack comes back by design: the app, reopened online, downloads it again.)
    expect(after.urls.filter((u) => u.startsWith(tileOrigin))).toEqual([]);
    // The shell stays precached: Qadam still opens with no network.
    expect(after.caches.some((n) => n.startsWith('workbox-precache'))).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.locator('main h1').waitFor();
    await context.close();
  });
});
