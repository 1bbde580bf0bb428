// One Chromium per test file; a fresh context (= a fresh phone) per test.
import { chromium } from 'playwright-core';
import { beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.js';

export async function launch() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export async function newPhone(browser, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 780 },
    deviceScaleFactor: 1,
    locale: 'ru-RU',
    serviceWorkers: 'allow',
    ...options,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Wait until the app says it works offline (shell precached + language pack stored). */
export async function waitOfflineReady(page, timeout = 30_000) {
  await page.waitForSelector('html[data-offline-ready="true"]', { timeout });
}

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core in the page. Evaluated over CDP, so our strict CSP need not be loosened. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { resultTypes: ['violations'] }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/**
 * The usual e2e setup: one Chromium and one real server on build A for the whole file.
 * Returns a live object: read `app.browser` and `app.server` inside tests.
 */
export function useBrowserAndServer() {
  const app = { browser: null, server: null };
  beforeAll(async () => {
    const [{ startServer }, { DIST_A }] = await Promise.all([import('./server.js'), import('./builds.js')]);
    app.browser = await launch();
    app.server = await startServer({ distDir: DIST_A });
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * Interactive elements smaller than 44×44 CSS px. Links inside running text are exempt (as in
 * WCAG 2.5.8), and a radio counts through its label, which is what a finger hits.
 */
export function smallTargets(page, scope = 'body') {
  return page.evaluate((root) => {
    const selector = ['a[href]', 'button', 'select', 'input', 'textarea', 'summary', '[role="button"]'].map((s) => `${root} ${s}`).join(',');
    return [...document.querySelectorAll(selector)]
      .filter((el) => !el.closest('.prose, .source, p.crumb') && el.offsetParent !== null)
      .map((el) => (el.matches('input[type=radio]') ? (el.closest('label') ?? el) : el))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ el, r }) => `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
  }, scope);
}

/** The outbox records as the app stored them (IndexedDB in the page), oldest first. */
export const readOutbox = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('qadam');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('outbox').objectStore('outbox').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
