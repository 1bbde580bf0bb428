// Accessibility on the pages everyone sees first, in all six languages: axe-core finds
// nothing, tap targets are at least 44 px, and 200% text still fits the screen.
import { describe, expect, test } from 'vitest';
import { useBrowserAndServer, newPhone, waitOfflineReady, axeViolations, smallTargets } from '../helpers/browser.js';
import { LANGS } from '../helpers/strings.js';

const app = useBrowserAndServer();


describe.each(LANGS)('%s', (lang) => {
  test('home and help have no axe violations and big enough tap targets', async () => {
    const { context, page } = await newPhone(app.browser);
    for (const path of [`/${lang}/`, `/${lang}/help`]) {
      await page.goto(`${app.server.url}${path}`);
      await waitOfflineReady(page);
      expect(await axeViolations(page), path).toEqual([]);
      expect(await smallTargets(page), path).toEqual([]);
    }
    await context.close();
  });
});

test('at 200% text size nothing needs sideways scrolling', async () => {
  const { context, page } = await newPhone(app.browser);
  for (const path of ['/kk/', '/kk/help', '/tg/settings']) {
    await page.goto(`${app.server.url}${path}`);
    await page.waitForSelector('main h1');
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' }).catch(() => undefined);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});
