// Real phones, real text sizes (issue 16). On 320×568 and 360×740, in all six languages, at
// normal and at the largest text size, on every page a family uses: nothing scrolls sideways,
// nothing sticks out past the screen, and no word of a bottom-bar label, a button or a heading
// is split across two lines ("Shoshilinc|h"). Also the bar in outreach mode, and the phone's
// own 200% text setting. One browser; one context per language, each page loaded once and
// checked at every size by resizing (tests/helpers/layout.js).
import { describe, expect, test } from 'vitest';
import { useBrowserAndServer, newPhone, waitOfflineReady } from '../helpers/browser.js';
import { LANGS } from '../helpers/strings.js';
import { LAYOUT_PAGES, layoutProblems, setPhoneFontSize, sweepLayouts } from '../helpers/layout.js';

const app = useBrowserAndServer();

describe.each(LANGS)('%s', (lang) => {
  test('every page fits 320 and 360 px at normal and largest text, with no word split', async () => {
    const { context, page, errors } = await newPhone(app.browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${app.server.url}/${lang}/`);
    await waitOfflineReady(page);
    expect(await sweepLayouts(page, app.server.url, lang)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("outreach mode's bar and the phone's own 200% text setting", async () => {
    const { context, page } = await newPhone(app.browser, { viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true });
    await page.goto(`${app.server.url}/${lang}/`);
    await waitOfflineReady(page);
    // Outreach mode (larger text, the language bar) on a small phone.
    await page.evaluate(() => localStorage.setItem('qadam.outreach', JSON.stringify({ on: true, workerLang: 'ru' })));
    for (const path of ['', 'help', 'checklists']) {
      await page.goto(`${app.server.url}/${lang}/${path}`);
      await page.locator(LAYOUT_PAGES[path]).first().waitFor();
      expect(await layoutProblems(page), `outreach /${lang}/${path}`).toEqual([]);
    }
    await page.evaluate(() => localStorage.removeItem('qadam.outreach'));
    // The phone's text setting at 200%: the browser's default font size doubles.
    await page.setViewportSize({ width: 360, height: 740 });
    const phoneSetting = await setPhoneFontSize(page, 32);
    for (const path of ['', 'help', 'rights/birth-registration', 'checklists/register-birth', 'settings']) {
      await page.goto(`${app.server.url}/${lang}/${path}`);
      await page.locator(LAYOUT_PAGES[path]).first().waitFor();
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(32);
      expect(await layoutProblems(page), `phone 200% /${lang}/${path}`).toEqual([]);
    }
    await phoneSetting.detach();
    await context.close();
  });
});

test('at the largest text the bar shows icons with their names, and the header and bar leave most of the screen', async () => {
  const { context, page } = await newPhone(app.browser, { viewport: { width: 360, height: 740 } });
  await page.addInitScript(() => localStorage.setItem('qadam.textSize', 'largest'));
  await page.goto(`${app.server.url}/uz/help`);
  await page.locator('.numbers').waitFor();
  const bar = page.locator('.bottom-nav');
  // Each door is still named for screen readers, though its label is not drawn.
  for (const link of await bar.locator('a').all()) expect((await link.textContent()).trim().length).toBeGreaterThan(2);
  const barHeight = (await bar.boundingBox()).height;
  const mainTop = (await page.locator('main').boundingBox()).y;
  expect(barHeight).toBeLessThan(740 * 0.12);
  expect(mainTop).toBeLessThan(740 * 0.35); // with the "just saved" line showing: content keeps over half the screen
  await context.close();
});
