// Issue 16 on a real phone-sized browser: the map is on screen when "Map" opens; a language
// that is not on the phone offers the same page in one that is, offline; "Erase everything"
// says it is done; and a slow first visit shows real progress near the top and does not make
// the page jump (CLS), through a proxy that slows every byte, the worker's included.
import { expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { useBrowserAndServer, newPhone, waitOfflineReady, axeViolations } from '../helpers/browser.js';
import { strings, contentItem } from '../helpers/strings.js';
import { ROOT } from '../helpers/builds.js';
import { startThrottleProxy } from '../../scripts/bench/throttle-proxy.js';

const app = useBrowserAndServer();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const POINT_COUNT = fs.readdirSync(path.join(ROOT, 'content/points')).filter((f) => f.endsWith('.yaml')).length;

test('tapping Map on a 360×740 phone shows the map without scrolling, and the list is still in the page', async () => {
  const { context, page } = await newPhone(app.browser, PHONE);
  await page.goto(`${app.server.url}/ru/`);
  await waitOfflineReady(page);
  await page.locator('.bottom-nav a[href="/ru/map"]').click();
  const map = page.locator('[data-testid="map"][data-map-ready="true"]');
  await map.waitFor();
  const box = await map.boundingBox();
  const barTop = (await page.locator('.bottom-nav').boundingBox()).y;
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(barTop); // the whole map above the bottom bar
  expect(box.height).toBeGreaterThan(250);
  // The list of places is one tap away, and in the page as text.
  expect(await page.locator('[data-testid="place-list"] [data-point]').count()).toBe(POINT_COUNT);
  await page.locator('.map-views button[data-view="list"]').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('list');
  expect(await page.locator('[data-testid="map"]').count()).toBe(0);
  // A legend says what the colours mean.
  await page.goto(`${app.server.url}/ru/map?view=map`);
  await map.waitFor();
  expect(await page.getByTestId('map-legend').textContent()).toContain(strings('ru').map.categories['border-crossing']);
  // Labels are in Russian where a source names the place, and none hides under a marker.
  expect(await map.locator('.map-country').allTextContents()).toContain('Казахстан');
  await context.close();
});

test('offline, a language that is not on the phone offers the same page in one that is', async () => {
  const { context, page, errors } = await newPhone(app.browser, PHONE);
  // Kazakh was never on this phone, words or content: the Kazakh URL shows in Uzbek, the
  // language that is (UI strings travel per language since issue 15), and says so.
  const uz = strings('uz');
  await page.goto(`${app.server.url}/uz/`);
  await waitOfflineReady(page);
  await context.setOffline(true);
  // A Kazakh leaflet link, never visited, Kazakh content never downloaded.
  await page.goto(`${app.server.url}/kk/checklists/child-stay?src=leaflet-3`);
  const gate = page.locator('[data-pack-state="missing"]');
  await gate.waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('uz');
  expect(await gate.textContent()).toContain(uz.pack.missing);
  // The status line says what is missing, instead of "preparing…" for ever.
  await expect.poll(() => page.locator('.ready-line').getAttribute('data-status')).toBe('packMissing');
  // Retry says what happened.
  await gate.getByRole('button', { name: uz.pack.retry }).click();
  await expect.poll(() => page.getByTestId('retry-result').textContent()).toBe(uz.pack.stillOffline);
  // "Read this page in Oʻzbekcha" opens the same checklist, in Uzbek, offline.
  const readIn = gate.locator('a[data-read-in="uz"]');
  expect(await readIn.textContent()).toBe(uz.pack.readIn.replace('{{lang}}', 'Oʻzbekcha'));
  expect(await readIn.getAttribute('href')).toBe('/uz/checklists/child-stay?src=leaflet-3');
  expect(await axeViolations(page)).toEqual([]);
  await readIn.click();
  await expect.poll(() => page.locator('main h1').textContent()).toBe(contentItem('checklists', 'child-stay').title.uz);
  // The header's language switch to another missing language: the same offer.
  await page.selectOption('header select', 'tg');
  await page.locator('[data-pack-state="missing"] a[data-read-in="uz"]').waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

test('"Erase everything" says it is done on the page it reloads to', async () => {
  const { context, page } = await newPhone(app.browser, PHONE);
  const ru = strings('ru').settings;
  await page.goto(`${app.server.url}/ru/settings`);
  await waitOfflineReady(page);
  await page.getByRole('button', { name: ru.erase }).click();
  await page.getByRole('button', { name: ru.eraseYes }).click();
  const notice = page.getByTestId('erased');
  await notice.waitFor({ timeout: 30_000 });
  expect(new URL(page.url()).pathname).toBe('/ru/');
  expect(await notice.textContent()).toContain(ru.erased);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  // Once only: the next page does not repeat it.
  await page.reload();
  await page.locator('main h1').waitFor();
  expect(await page.getByTestId('erased').count()).toBe(0);
  await context.close();
});

test('a slow first visit shows real progress near the top, says when done, and nothing jumps (CLS < 0.05)', async () => {
  // 50 KB/s shared each way and 400 ms per round trip, for every byte: the worker's too.
  const proxy = await startThrottleProxy(app.server.port, { rttMs: 400, downBytesPerSec: 50 * 1024, upBytesPerSec: 50 * 1024 });
  const { context, page } = await newPhone(app.browser, PHONE);
  try {
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ value: e.value, at: e.startTime });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const uz = strings('uz').status;
    await page.goto(`http://127.0.0.1:${proxy.port}/uz/help?src=leaflet-7`);
    const line = page.locator('.ready-line[data-status="saving"]');
    await line.waitFor({ timeout: 30_000 });
    expect(await line.textContent()).toContain(uz.saving);
    expect((await line.boundingBox()).y).toBeLessThan(140); // near the top, not below the fold
    // Real progress: the worker reports entries stored out of all of them.
    const bar = line.locator('progress');
    await expect.poll(async () => Number(await bar.getAttribute('max')), { timeout: 30_000 }).toBeGreaterThan(10);
    await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
    await waitOfflineReady(page, 90_000);
    await expect.poll(() => page.locator('.ready-line').getAttribute('data-status')).toBe('ready');
    expect(await page.locator('.ready-line').textContent()).toContain(uz.saved);
    const shifts = await page.evaluate(() => window.__shifts);
    const cls = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(cls, JSON.stringify(shifts)).toBeLessThan(0.05);
  } finally {
    await context.close();
    await proxy.close();
  }
}, 150_000);
