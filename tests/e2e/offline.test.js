// The promise to a family at a border crossing: after one visit, Qadam works with no network.
import { describe, expect, test } from 'vitest';
import { useBrowserAndServer, newPhone, waitOfflineReady } from '../helpers/browser.js';
import { startServerProcess, freePort } from '../helpers/server.js';
import { DIST_A } from '../helpers/builds.js';
import { strings, contentItem } from '../helpers/strings.js';

const app = useBrowserAndServer();

const h1 = (page) => page.locator('main h1').first().textContent();

describe('after the first visit is ready offline', () => {
  test('a kk deep link never visited opens with the network cut, in Kazakh', async () => {
    const { context, page, errors } = await newPhone(app.browser);
    await page.goto(`${app.server.url}/kk/`);
    await waitOfflineReady(page);
    await expect(page.locator('.ready-line[data-status="ready"]').textContent()).resolves.toMatch(new RegExp(`${strings('kk').status.ready}|${strings('kk').status.saved}`));

    await context.setOffline(true);
    const res = await page.goto(`${app.server.url}/kk/help`);
    // The worker's Kazakh shell, with the same strict policy as a page from the server.
    expect(res.fromServiceWorker()).toBe(true);
    expect(res.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(await page.getAttribute('#root', 'data-shell')).toBe('kk');
    expect(await h1(page)).toBe(strings('kk').help.title);
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    expect(await page.locator('a[href="tel:111"]').count()).toBe(1);

    await page.goto(`${app.server.url}/kk/rights/birth-registration`);
    await page.waitForSelector('article[data-slug="birth-registration"]');
    expect(await page.locator('article .prose').textContent()).toMatch(/\p{L}{3,}/u);
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('every contract URL opens offline, and unknown ones show a helpful not-found page', async () => {
    const { context, page } = await newPhone(app.browser);
    await page.goto(`${app.server.url}/ru/`);
    await waitOfflineReady(page);
    await context.setOffline(true);
    const ru = strings('ru');
    const expected = {
      '/ru/': ru.home.title,
      '/ru/help': ru.help.title,
      '/ru/rights': ru.rights.title,
      '/ru/checklists': ru.checklists.title,
      '/ru/checklists/register-birth': contentItem('checklists', 'register-birth').title.ru,
      '/ru/checklists/no-such-checklist': ru.notFound.title,
      '/ru/map': ru.map.title,
      '/ru/map/kibhr-almaty': contentItem('points', 'kibhr-almaty').name.ru,
      '/ru/map/no-such-point': ru.notFound.title,
      '/ru/search?q=%D0%B2%D0%B8%D0%B7%D0%B0': ru.search.title,
      '/ru/feedback': ru.feedback.title,
      '/ru/settings': ru.settings.title,
      '/ru/about': ru.about.title,
      '/ru/rights/no-such-article': ru.notFound.title,
      '/ru/no-such-page': ru.notFound.title,
      '/ru/help?src=leaflet-7': ru.help.title,
    };
    for (const [path, title] of Object.entries(expected)) {
      await page.goto(`${app.server.url}${path}`);
      await expect.poll(() => h1(page), { message: path }).toBe(title);
      expect(await page.getAttribute('html', 'lang'), path).toBe('ru');
    }
    // Unknown language: not-found in the best language (the one saved), with a way home.
    await page.goto(`${app.server.url}/xx/help`);
    await expect.poll(() => h1(page)).toBe(ru.notFound.title);
    expect(await page.locator('main a[href="/ru/"]').count()).toBe(1);
    await context.close();
  });

  test('works with the server process gone, not just the network flag', async () => {
    const port = await freePort();
    const proc = await startServerProcess({ distDir: DIST_A, port });
    const { context, page } = await newPhone(app.browser);
    try {
      await page.goto(`${proc.url}/tg/`);
      await waitOfflineReady(page);
      await proc.stop();
      await page.goto(`${proc.url}/tg/help`);
      expect(await h1(page)).toBe(strings('tg').help.title);
      expect(await page.getAttribute('html', 'lang')).toBe('tg');
      // The indicator asks /api/health rather than trusting navigator.onLine (still true here).
      await page.waitForSelector('[data-connectivity="offline"]');
    } finally {
      await proc.stop();
      await context.close();
    }
  });

  test('search finds articles with the network cut, from the index the phone built at import', async () => {
    const { context, page, errors } = await newPhone(app.browser);
    await page.goto(`${app.server.url}/tg/`);
    await waitOfflineReady(page);
    await context.setOffline(true);
    const results = page.locator('[data-testid="search-results"]');
    // A Tajik query (the Tajik pack ships no index of its own: the phone made it)...
    await page.goto(`${app.server.url}/tg/search?q=${encodeURIComponent('бақайдгирии таваллуд')}`);
    await expect.poll(() => results.locator('a[href="/tg/rights/birth-registration"]').count()).toBe(1);
    // ...and a Russian one, found through the Russian fallback the pack carries, shown in Tajik.
    await page.fill('#q', 'свидетельство о рождении');
    const viaRussian = results.locator('a[href="/tg/rights/birth-registration"]');
    await expect.poll(() => viaRussian.locator('.card-note').textContent()).toBe(strings('tg').search.viaRussian);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a language chosen while offline is kept after a reload; one not on the phone shows in one that is', async () => {
    const { context, page } = await newPhone(app.browser);
    // Kyrgyz was used once online (its words and content are on the phone), then Russian.
    await page.goto(`${app.server.url}/ky/`);
    await waitOfflineReady(page);
    await page.goto(`${app.server.url}/ru/`);
    await waitOfflineReady(page);
    await context.setOffline(true);
    await page.selectOption('header select', 'ky');
    await expect.poll(() => page.url()).toBe(`${app.server.url}/ky/`);
    await expect.poll(() => h1(page)).toBe(strings('ky').home.title);
    expect(await page.getAttribute('html', 'lang')).toBe('ky');
    await page.goto(`${app.server.url}/`);
    await expect.poll(() => page.url()).toBe(`${app.server.url}/ky/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ky');
    expect(await h1(page)).toBe(strings('ky').home.title);
    // Tajik was never downloaded, words or content: the page shows in a language that is on the
    // phone (its text and <html lang> agree) and says what is missing, instead of showing nothing.
    await page.selectOption('header select', 'tg');
    await expect.poll(() => page.url()).toBe(`${app.server.url}/tg/`);
    const gate = page.locator('[data-pack-state="missing"]');
    await page.goto(`${app.server.url}/tg/rights`);
    await gate.waitFor();
    const shownIn = await page.getAttribute('html', 'lang');
    expect(['ru', 'ky']).toContain(shownIn);
    expect(await gate.textContent()).toContain(strings(shownIn).pack.missing);
    await context.close();
  });
});

describe('first visit', () => {
  test('/ goes to the browser language when nothing is saved', async () => {
    const { context, page } = await newPhone(app.browser, { locale: 'uz-UZ' });
    await page.goto(`${app.server.url}/`);
    await expect.poll(() => page.url()).toBe(`${app.server.url}/uz/`);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('uz');
    await context.close();
  });

  test('keeps the first campaign tag it sees and ignores later ones', async () => {
    const { context, page } = await newPhone(app.browser);
    await page.goto(`${app.server.url}/ru/help?src=border-zhibek-2026-12`);
    await waitOfflineReady(page);
    await page.goto(`${app.server.url}/ru/?src=meeting-almaty`);
    await waitOfflineReady(page);
    const src = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('qadam');
          open.onsuccess = () => {
            const get = open.result.transaction('settings').objectStore('settings').get('src');
            get.onsuccess = () => resolve(get.result?.value);
            get.onerror = () => reject(get.error);
          };
        }),
    );
    expect(src).toBe('border-zhibek-2026-12');
    await context.close();
  });

  test('makes no request to any other origin', async () => {
    const { context, page } = await newPhone(app.browser);
    const foreign = [];
    context.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(app.server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    await page.goto(`${app.server.url}/en/`);
    await waitOfflineReady(page);
    for (const path of ['/en/help', '/en/rights', '/en/rights/free-legal-aid', '/en/checklists', '/en/map', '/en/map/kibhr-almaty', '/en/search?q=school', '/en/feedback', '/en/settings', '/en/about']) {
      await page.goto(`${app.server.url}${path}`);
      await page.waitForSelector('main h1');
    }
    expect(foreign).toEqual([]);
    await context.close();
  });

  test('is served with a CSP that forbids inline scripts, and the page has none', async () => {
    const res = await fetch(`${app.server.url}/ru/`);
    const csp = res.headers.get('content-security-policy');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)];
    expect(inline).toEqual([]);
  });
});
