// The rights library offline: reading an article in Tajik, searching, printing, and
// accessibility of the list and article pages.
import { expect, test } from 'vitest';
import { useBrowserAndServer, newPhone, waitOfflineReady, axeViolations } from '../helpers/browser.js';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { ROOT } from '../helpers/builds.js';
import { contentItem, strings } from '../helpers/strings.js';

const app = useBrowserAndServer();

test('a Tajik article opens offline with its review date, sources, draft notice and not-advice line', async () => {
  const { context, page } = await newPhone(app.browser);
  const tg = strings('tg');
  await page.goto(`${app.server.url}/tg/`);
  await waitOfflineReady(page);
  await context.setOffline(true);
  await page.goto(`${app.server.url}/tg/rights/birth-registration`);
  const article = page.locator('article[data-slug="birth-registration"]');
  await article.waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('tg');
  const text = await article.textContent();
  expect(text).toContain(tg.rights.notAdvice);
  expect(text).toContain(tg.rights.draftTranslation);
  // The review date editors wrote in the article's meta.yaml, in Tajik words (CLDR), not ISO and not Russian.
  const meta = YAML.parse(fs.readFileSync(path.join(ROOT, 'content/articles/birth-registration/meta.yaml'), 'utf8'));
  expect(String(meta.reviewed)).toBe('2026-12-01'); // the words below are that date's
  expect(text).toContain(tg.rights.reviewed.replace('{{date}}', '1 Декабр 2026'));
  // The page sends families to a ЦОН, so the build placed the Tajik before-you-go note in it.
  const note = page.locator('.prose aside.before-you-go[role="note"]');
  expect(await note.textContent()).toContain(contentItem('notes', 'before-you-go').title.tg);
  expect(await note.locator('a[href="/tg/rights/free-legal-aid"]').count()).toBe(1);
  expect(await article.locator('.sources a[href^="https://"]').count()).toBeGreaterThan(0);
  // Unverified facts are marked and point to legal aid in the same language.
  expect(await article.locator('.unverified a[href="/tg/rights/free-legal-aid"]').count()).toBeGreaterThan(0);
  // An in-article link navigates inside the app, offline.
  await article.locator('.prose a[href="/tg/rights/free-legal-aid"]').first().click();
  await page.waitForSelector('article[data-slug="free-legal-aid"]');
  await context.close();
});

test('search works offline, in another script, and offers help and feedback when nothing matches', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(`${app.server.url}/uz/`);
  await waitOfflineReady(page);
  await context.setOffline(true);
  await page.goto(`${app.server.url}/uz/search`);
  await page.fill('#q', 'туғилиш'); // Uzbek in Cyrillic; the content is Latin
  // The article and the birth-registration checklist both come first, whichever ranks higher.
  const top = page.locator('[data-testid="search-results"] a');
  await expect
    .poll(async () => (await top.evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')))))
    .toContain('/uz/rights/birth-registration');
  expect(page.url()).toContain('q=');

  await page.fill('#q', 'qqqxxzz');
  const empty = page.getByTestId('search-empty');
  await empty.waitFor();
  expect(await empty.locator('a[href="/uz/help"]').count()).toBe(1);
  expect(await empty.locator('a[href="/uz/feedback?q=qqqxxzz"]').count()).toBe(1);
  await context.close();
});

test('articles print without the app chrome', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(`${app.server.url}/en/rights/statelessness`);
  await page.waitForSelector('article .prose');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.bottom-nav').isVisible()).toBe(false);
  expect(await page.locator('.topbar').isVisible()).toBe(false);
  expect(await page.locator('.reading-tools').isVisible()).toBe(false);
  expect(await page.locator('article .prose').isVisible()).toBe(true);
  await context.close();
});

test('the text size setting persists across a reload', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(`${app.server.url}/kk/settings`);
  await page.waitForSelector('main h1');
  await page.check('input[name="text-size"][value="larger"]');
  await page.reload();
  await page.waitForSelector('main h1');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
  await context.close();
});

test('the rights list, an article and search have no axe violations', async () => {
  const { context, page } = await newPhone(app.browser);
  for (const path of ['/ky/rights', '/ky/rights/statelessness', '/ky/search?q=%D0%BC%D0%B5%D0%BA%D1%82%D0%B5%D0%BF']) {
    await page.goto(`${app.server.url}${path}`);
    await waitOfflineReady(page);
    await page.waitForSelector('main h1');
    expect(await axeViolations(page), path).toEqual([]);
  }
  await context.close();
});
