// The map offline: base layer and markers drawn with no request leaving our server, a deep
// link to one place, the list filtered by category (also from ?category=), "near me" with a
// position that never leaves the phone, and no axe violations on the map, list and details.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, newPhone, waitOfflineReady, axeViolations } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import { DIST_A, ROOT } from '../helpers/builds.js';
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
  // A group of places in the same city lists them below the map.
  if (grouped) {
    await map.locator('.map-group').first().click();
    await page.locator('.place-group .place-card').first().waitFor();
  }
  expect(foreign(requests)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('offline, /ru/map/{id} opens that place with its unverified address and phone, and a geo: link', async () => {
  const { context, page, requests } = await offlinePhone();
  const ru = strings('ru');
  const point = POINTS.find((p) => p.id === 'sana-sezim-shymkent');
  await page.goto(`${server.url}/ru/map/${point.id}`);
  const article = page.locator(`article[data-point="${point.id}"]`);
  await article.waitFor();
  expect((await article.locator('h1').textContent()).trim()).toBe(point.name.ru);
  expect(await article.getByTestId('address-unverified').textContent()).toBe(ru.map.addressNotVerified);
  expect(await article.getByTestId('phone-unverified').textContent()).toBe(ru.map.phoneNotVerified);
  expect(await article.getByTestId('navigate').getAttribute('href')).toMatch(
    new RegExp(`^geo:${point.coordinates.lat},${point.coordinates.lon}\\?q=${point.coordinates.lat},${point.coordinates.lon}\\(`),
  );
  expect(await article.locator('.sources a, .source a').first().getAttribute('href')).toBe(point.source.url);
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
