// Passing Qadam on: the in-app QR code, read from a screenshot by a real decoder, opens the
// same page on another phone — offline, once that phone has visited Qadam. And outreach
// mode: two languages side by side, one-tap languages, a QR to hand over, no axe violations.
import path from 'node:path';
import { expect, test } from 'vitest';
import { useBrowserAndServer, newPhone, waitOfflineReady, axeViolations } from '../helpers/browser.js';
import { tempDir } from '../helpers/server.js';
import { decodeAllQr } from '../helpers/pdf.js';
import { strings, contentItem } from '../helpers/strings.js';

const app = useBrowserAndServer();

async function decodeScreenshot(locator) {
  const file = path.join(tempDir('qadam-qr-'), 'qr.png');
  await locator.screenshot({ path: file });
  return decodeAllQr(file).map((c) => c.text);
}

test('the QR on an article opens that article offline on a second phone', async () => {
  const giver = await newPhone(app.browser);
  await giver.page.goto(`${app.server.url}/kk/rights/birth-registration`);
  await giver.page.waitForSelector('article .prose');
  await giver.page.getByRole('button', { name: strings('kk').share.showQr }).click();
  const dialog = giver.page.locator('dialog[open]');
  const [url] = await decodeScreenshot(dialog.locator('svg.qr').first());
  expect(url).toBe(`${app.server.url}/kk/rights/birth-registration?src=share`);
  expect((await dialog.locator('svg.qr').first().boundingBox()).width).toBeGreaterThanOrEqual(240);
  await giver.context.close();

  // The receiving phone has opened Qadam once (ready offline) and now has no connection.
  const taker = await newPhone(app.browser);
  await taker.page.goto(`${app.server.url}/kk/`);
  await waitOfflineReady(taker.page);
  await taker.context.setOffline(true);
  await taker.page.goto(url);
  await taker.page.waitForSelector('article[data-slug="birth-registration"]');
  expect(await taker.page.getAttribute('html', 'lang')).toBe('kk');
  await taker.context.close();
});

test('the help page QR holds the urgent numbers as plain text, in codes that decode from a normal phone screen', async () => {
  // A normal phone screen: 360 CSS px at device pixel ratio 2, screenshot at that density.
  for (const lang of ['ky']) { // the longest numbers text of the six
    const { context, page } = await newPhone(app.browser, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true });
    await page.goto(`${app.server.url}/${lang}/help`);
    await page.getByRole('button', { name: strings(lang).share.showQr }).click();
    const figures = page.locator('dialog[open] figure svg.qr');
    expect(await figures.count()).toBeGreaterThan(1); // split: each code small enough to scan
    // The dialog opens at its top: the page's own code is on screen first.
    expect((await page.locator('dialog[open] svg.qr').first().boundingBox()).y).toBeGreaterThanOrEqual(0);
    const texts = [];
    for (const svg of await figures.all()) {
      await svg.scrollIntoViewIfNeeded();
      const [text] = await decodeScreenshot(svg);
      expect(text, `${lang}: a numbers code decodes at DPR 2`).toBeTruthy();
      texts.push(text);
    }
    for (const n of ['112', '102', '103', '101', '104', '111', '1414', '8-800-080-7777']) expect(texts.join('\n'), lang).toContain(n);
    // The crisis line 150 is not verified: the page flags it, but the QR carries no notes.
    expect(texts.join('\n')).not.toMatch(/^150 /m);
    await context.close();
  }
});

test('outreach mode: bigger text, one-tap languages, side by side, hand over, no axe violations', async () => {
  const { context, page } = await newPhone(app.browser, { viewport: { width: 1024, height: 800 } });
  await page.goto(`${app.server.url}/ru/`);
  await waitOfflineReady(page);
  await page.goto(`${app.server.url}/uz/`); // the family's language, downloaded too
  await waitOfflineReady(page);
  await page.goto(`${app.server.url}/uz/settings`);
  await page.getByRole('button', { name: strings('uz').outreach.on }).click();
  await page.selectOption('#outreach-h ~ p select', 'ru');
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThanOrEqual(20);

  // A checklist: each step in Uzbek with the same step in Russian beside it; ticks stay on the family's side.
  await page.goto(`${app.server.url}/uz/checklists/register-birth`);
  await page.locator('[data-testid="worker-step"]').first().waitFor();
  expect(await page.getByTestId('worker-title').textContent()).toBe(contentItem('checklists', 'register-birth').title.ru);
  const steps = page.locator('li.cl-step');
  const n = await steps.count();
  expect(n).toBeGreaterThan(0);
  expect(await page.locator('li.cl-step [data-testid="worker-step"][lang="ru"]').count()).toBe(n);
  expect(await steps.first().locator('[data-testid="worker-step"] h3').textContent()).toMatch(/[А-Яа-яЁё]/);
  expect(await steps.first().locator('.cl-step-title label').textContent()).not.toMatch(/[А-Яа-яЁё]/);
  expect(await page.locator('[data-testid="worker-step"] input').count()).toBe(0);
  const [left, right] = await Promise.all([
    steps.first().locator('.cl-step-body').boundingBox(),
    steps.first().locator('[data-testid="worker-step"]').boundingBox(),
  ]);
  expect(right.x).toBeGreaterThan(left.x + left.width - 1); // beside, not below, on a tablet-wide screen
  expect(await axeViolations(page)).toEqual([]);

  // An article: the whole text in Russian beside the Uzbek.
  await page.goto(`${app.server.url}/uz/rights/birth-registration`);
  const side = page.locator('aside.side-by-side[lang="ru"]');
  await side.waitFor();
  expect(await side.locator('.cl-title-other').textContent()).toMatch(/[А-Яа-яЁё]/);
  // Paired block by block: each section of the Uzbek text level with the same section in Russian.
  const pairs = page.locator('[data-testid="side-by-side"] .pair[data-pair]');
  expect(await pairs.count()).toBeGreaterThan(2);
  for (const pair of (await pairs.all()).slice(0, 4)) {
    const [mine, theirs] = await Promise.all([pair.locator('> .prose').boundingBox(), pair.locator('> .side-by-side').boundingBox()]);
    expect(Math.abs(mine.y - theirs.y)).toBeLessThan(2);
    expect(theirs.x).toBeGreaterThan(mine.x + mine.width - 1);
  }
  expect(await pairs.nth(1).locator('> .side-by-side h2').textContent()).toMatch(/[А-Яа-яЁё]/);
  // Each column says its language, and on a 1024×768 screen the columns start on the first screen.
  expect(await page.locator('.pair-langs .col-lang').allTextContents()).toEqual(['Oʻzbekcha', 'Русский']);
  await page.setViewportSize({ width: 1024, height: 768 });
  expect((await page.locator('.pair-langs').boundingBox()).y).toBeLessThan(768);
  // One QR control in outreach mode: the page's own Show QR, not also the header's Hand over.
  expect(await page.locator('button.show-qr:visible').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);

  // One tap switches the family's language and keeps the page.
  await page.locator('.outreach-langs a[lang="tg"]').click();
  await expect.poll(() => page.url()).toBe(`${app.server.url}/tg/rights/birth-registration`);
  // The one QR control hands over the current page.
  await page.locator('button.show-qr:visible').click();
  const [url] = await decodeScreenshot(page.locator('dialog[open] svg.qr').first());
  expect(url).toBe(`${app.server.url}/tg/rights/birth-registration?src=share`);
  await page.keyboard.press('Escape');
  // A page without its own QR keeps the header's Hand over.
  await page.goto(`${app.server.url}/tg/rights`);
  await page.locator('.card-list .card').first().waitFor();
  await page.getByRole('button', { name: strings('tg').share.handOver }).click();
  const [listUrl] = await decodeScreenshot(page.locator('dialog[open] svg.qr').first());
  expect(listUrl).toBe(`${app.server.url}/tg/rights?src=share`);
  await context.close();
});

test('a checklist and a place have Show QR; the place adds a contact card and its location for any maps app', async () => {
  const { context, page } = await newPhone(app.browser);
  const ru = strings('ru');
  await page.goto(`${app.server.url}/ru/checklists/register-birth`);
  await page.getByRole('button', { name: ru.share.showQr }).click();
  const [checklistUrl] = await decodeScreenshot(page.locator('dialog[open] svg.qr').first());
  expect(checklistUrl).toBe(`${app.server.url}/ru/checklists/register-birth?src=share`);

  await page.goto(`${app.server.url}/ru/map/kibhr-almaty`);
  await page.getByRole('button', { name: ru.share.showQr }).click();
  const figures = page.locator('dialog[open] figure');
  expect(await figures.count()).toBe(2);
  // A contact card any camera can save: name, city and page, and no phone (none is verified).
  const [contact] = await decodeScreenshot(figures.nth(0).locator('svg.qr'));
  const place = contentItem('points', 'kibhr-almaty');
  expect(contact).toMatch(/^MECARD:N:/);
  expect(contact).toContain(`URL:${`${app.server.url}/ru/map/kibhr-almaty?src=share`.replace(/:/g, '\\:')}`);
  expect(contact).not.toContain('TEL:');
  expect(await figures.nth(0).locator('figcaption').textContent()).toContain(ru.map.phoneNotVerified);
  const [geo] = await decodeScreenshot(figures.nth(1).locator('svg.qr'));
  expect(geo).toBe(`geo:${place.coordinates.lat.toFixed(5)},${place.coordinates.lon.toFixed(5)}`);
  await context.close();
});

test('on a prerendered page, Show QR is not a dead button before the app has started', async () => {
  // A first visit shows the prerendered HTML while the app loads (on a slow network, for
  // seconds). A tap on Show QR then could not open anything, so the button must look and be
  // disabled. Scripts are held back here so the page stays in that state.
  const { context, page } = await newPhone(app.browser);
  await page.route(/\.m?js(\?.*)?$/, (route) => route.abort());
  await page.goto(`${app.server.url}/ru/map/kibhr-almaty`);
  const button = page.getByRole('button', { name: strings('ru').share.showQr });
  expect(await button.isDisabled()).toBe(true);
  // Once the app is up, the same button works.
  await page.unroute(/\.m?js(\?.*)?$/);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.render);
  await button.click();
  await page.locator('dialog[open] svg.qr').first().waitFor();
  await context.close();
});
