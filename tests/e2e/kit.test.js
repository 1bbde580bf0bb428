// The one-file kit in real Chromium. (1) The build's qadam-ru.html opened from a file, with
// JavaScript off and no network: everything is there, nothing is requested, every anchor
// resolves, it reads at 320 px and 200% text, prints, passes axe, and its QR opens the app.
// (2) On a phone with the app installed, /kit/qadam-ru.html is the file, not the app shell.
// The phone's own send control is in kit-send.test.js.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { useBrowserAndServer, newPhone, waitOfflineReady, axeViolations } from '../helpers/browser.js';
import { tempDir } from '../helpers/server.js';
import { decodeAllQr } from '../helpers/pdf.js';
import { DIST_A, KIT_PUBLIC_URL, ROOT } from '../helpers/builds.js';
import { strings } from '../helpers/strings.js';

const app = useBrowserAndServer();

const packOf = (lang) => {
  const file = fs.readdirSync(path.join(DIST_A, 'packs')).find((f) => f.startsWith(`${lang}.`) && f.endsWith('.json'));
  return JSON.parse(fs.readFileSync(path.join(DIST_A, 'packs', file), 'utf8'));
};
const helpOf = (lang) => JSON.parse(fs.readFileSync(path.join(ROOT, 'src/generated/core', `${lang}.json`), 'utf8')).help;

/** The kit as a phone's files app holds it: a lone file in a folder of its own. */
function kitFile(lang) {
  const file = path.join(tempDir('qadam-kit-file-'), `qadam-${lang}.html`);
  fs.copyFileSync(path.join(DIST_A, 'kit', `qadam-${lang}.html`), file);
  return `file://${file}`;
}

async function openKit(url, { javaScriptEnabled, viewport = { width: 390, height: 780 } }) {
  const context = await app.browser.newContext({ javaScriptEnabled, viewport, offline: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  return { context, page, requests };
}

const visibleTexts = async (locator) => {
  const out = [];
  for (const el of await locator.all()) if (await el.isVisible()) out.push((await el.textContent()).trim());
  return out;
};

test('from a file, with JavaScript off and no network: every article, checklist, number and place, and no request', async () => {
  const url = kitFile('ru');
  const { context, page, requests } = await openKit(url, { javaScriptEnabled: false });
  const pack = packOf('ru');
  const ru = strings('ru');

  // What it is, how old, and the way to the full app.
  expect(await page.locator('h1').textContent()).toBe(ru.kit.title);
  const newest = [...pack.articles.map((a) => a.reviewed), ...pack.checklists.map((c) => c.reviewed), ...pack.points.map((p) => p.verified)].sort().at(-1);
  expect(await page.locator('header').textContent()).toContain(newest);
  expect(await page.locator('header').textContent()).toContain(ru.kit.outdated);
  expect(await page.locator('header a.button').getAttribute('href')).toBe(`${KIT_PUBLIC_URL}/ru/?src=kit`);

  // Every rights article with its sources and reviewed date; unverified notes where the content has them.
  expect((await visibleTexts(page.locator('#rights > article > h3'))).sort()).toEqual(pack.articles.map((a) => a.title).sort());
  for (const a of pack.articles) {
    const article = page.locator(`#r-${a.slug}`);
    expect(await article.textContent(), a.slug).toContain(ru.rights.reviewed.replace('{{date}}', a.reviewed));
    // "Sources: 3, 7–9": a run links to its first entry, and the run's entries follow it in the list.
    const refs = await article.locator(':scope > .src a').evaluateAll((as) =>
      as.flatMap((x) => {
        const [from, to = from] = x.textContent.split('–').map(Number);
        const first = document.getElementById(x.hash.slice(1));
        const items = [...first.parentElement.children];
        return items.slice(items.indexOf(first), items.indexOf(first) + to - from + 1).map((li) => li.querySelector('a').href);
      }),
    );
    expect(refs.sort(), `${a.slug} sources`).toEqual(a.sources.map((s) => new URL(s.url).href).sort());
    expect(await article.locator('aside.unverified').count(), `${a.slug} unverified notes`).toBe((a.html.match(/class="unverified"/g) ?? []).length);
  }
  expect(await page.locator('#r-glossary').isVisible()).toBe(true);

  // Every checklist with each step, what to bring, and the note that progress lives in the app.
  expect(await page.locator('#checklists').textContent()).toContain(ru.kit.checklistsNote);
  for (const list of pack.checklists) {
    expect(await visibleTexts(page.locator(`#c-${list.id} .steps > li > h4`)), list.id).toEqual(list.steps.map((s) => s.title));
    for (const doc of list.steps.flatMap((s) => s.documents)) expect(await page.locator(`#c-${list.id}`).textContent()).toContain(doc);
  }

  // The urgent numbers, each a tap-to-call link with what it is for.
  for (const n of helpOf('ru')) {
    const card = page.locator(`#n-${n.id}`);
    expect(await card.locator(`a[href="tel:${n.tel}"]`).isVisible(), n.id).toBe(true);
    expect(await card.textContent()).toContain(n.label);
  }

  // Every place: name, city, what it does, a geo: link, and "phone not verified" where no phone is.
  for (const p of pack.points) {
    const place = page.locator(`#p-${p.id}`);
    expect(await place.locator('h3').textContent()).toBe(p.name);
    const text = await place.textContent();
    expect(text).toContain(p.city);
    expect(text).toContain(p.description);
    expect(await place.locator('a[href^="geo:"]').getAttribute('href')).toMatch(new RegExp(`^geo:${p.lat},${p.lon}\\?q=`));
    expect(text.includes(ru.map.phoneNotVerified), p.id).toBe(p.phones.length === 0);
  }

  // Contents: one link per article, checklist and place.
  expect(await page.locator('nav a[href^="#r-"]').count()).toBe(pack.articles.length);
  expect(await page.locator('nav a[href^="#c-"]').count()).toBe(pack.checklists.length);
  expect(await page.locator('nav a[href^="#p-"]').count()).toBe(pack.points.length);

  // Not one request beyond the file itself: no font, no image, no style sheet, nothing.
  expect(requests).toEqual([url]);
  await context.close();
});

test('every #anchor resolves, links to the app carry src=kit, and axe finds nothing (on the same file)', async () => {
  // axe needs JavaScript; the kit has no script at all, so this is what a JS-off reader sees.
  const url = kitFile('ru');
  const { context, page, requests } = await openKit(url, { javaScriptEnabled: true });
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const anchors = hrefs.filter((h) => h.startsWith('#'));
  expect(anchors.length).toBeGreaterThan(100);
  const missing = await page.evaluate((hs) => hs.filter((h) => !document.getElementById(decodeURIComponent(h.slice(1)))), anchors);
  expect(missing).toEqual([]);
  // Every other link leaves the file on purpose: a call, a map app, a source, or the full app.
  expect(hrefs.filter((h) => !/^(#|tel:\+?\d+$|geo:|https?:\/\/)/.test(h))).toEqual([]);
  expect(hrefs.some((h) => h.startsWith('tel:')) && hrefs.some((h) => h.startsWith('geo:'))).toBe(true);
  expect(hrefs.filter((h) => h.startsWith(KIT_PUBLIC_URL)).every((h) => h.includes('src=kit'))).toBe(true);
  expect(await page.locator('script').count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  expect(requests).toEqual([url]); // axe was evaluated over CDP, not fetched
  await context.close();
});

test('reads at 320 px with 200% text and prints without the contents list; the QR opens the full app', async () => {
  const url = kitFile('kk');
  const { context, page } = await openKit(url, { javaScriptEnabled: true, viewport: { width: 320, height: 700 } });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%'; // what the phone's "largest text" does
  });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await page.locator('#rights').isVisible()).toBe(true);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });

  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('nav#contents').isVisible()).toBe(false);
  expect(await page.locator('#checklists .steps').first().isVisible()).toBe(true);
  await page.emulateMedia({ media: 'screen' });

  await page.setViewportSize({ width: 390, height: 780 });
  const shot = path.join(tempDir('qadam-kit-qr-'), 'qr.png');
  await page.locator('header svg[role="img"]').screenshot({ path: shot });
  expect(decodeAllQr(shot).map((c) => c.text)).toEqual([`${KIT_PUBLIC_URL}/kk/?src=kit`]);
  await context.close();
});

test('on a phone with the app installed, /kit/qadam-ru.html is the kit, not the app shell', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(`${app.server.url}/ru/`);
  await waitOfflineReady(page);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const res = await page.goto(`${app.server.url}/kit/qadam-ru.html`);
  expect(res.status()).toBe(200);
  expect(res.fromServiceWorker()).toBe(false);
  expect(await page.getAttribute('html', 'data-qadam-kit')).toMatch(/^\w+$/);
  expect(await page.locator('#root').count()).toBe(0);
  expect(await page.locator('h1').textContent()).toBe(strings('ru').kit.title);
  // The app's own pages still come from the worker, offline.
  await context.setOffline(true);
  await page.goto(`${app.server.url}/ru/help`);
  await page.waitForSelector('a[href^="tel:"]');
  await context.close();
});
