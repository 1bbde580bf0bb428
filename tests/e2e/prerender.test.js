// Pages arrive readable (issue 15): every contract page is prerendered HTML in its language,
// reads and calls with JavaScript off, and hydrates with no mismatch in any language.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBrowserAndServer, newPhone } from '../helpers/browser.js';
import { DIST_A, ROOT } from '../helpers/builds.js';
import { strings, LANGS } from '../helpers/strings.js';

const app = useBrowserAndServer();

// What the content build made of content/ (the pages must say what editors wrote).
const packs = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/generated/packs.json'), 'utf8')).packs;
const pack = (lang) => JSON.parse(fs.readFileSync(path.join(DIST_A, packs[lang].url), 'utf8'));
const helpNumbers = (lang) => JSON.parse(fs.readFileSync(path.join(ROOT, 'src/generated/core', `${lang}.json`), 'utf8')).help;
const text = (html) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
/** An article's card in the rights list: the link whose title line is exactly the article's title (another card's summary may use its words). */
const articleCard = (page, title) => page.locator('main').getByRole('link').filter({ has: page.getByText(title, { exact: true }) });
const firstWords = (s, n = 8) => s.replace(/\s+/g, ' ').trim().split(' ').slice(0, n).join(' ');

/** Every contract page that is prerendered, in one language. */
function contractPages(lang) {
  const p = pack(lang);
  return [
    `/${lang}/`,
    `/${lang}/help`,
    `/${lang}/rights`,
    ...p.articles.map((a) => `/${lang}/rights/${a.slug}`),
    `/${lang}/checklists`,
    ...p.checklists.map((c) => `/${lang}/checklists/${c.id}`),
    `/${lang}/map`,
    ...p.points.map((x) => `/${lang}/map/${x.id}`),
    `/${lang}/feedback`,
    `/${lang}/settings`,
    `/${lang}/about`,
    `/${lang}/no-such-page`, // the not-found page
  ];
}

describe('raw HTML, fetched with plain HTTP (no browser)', () => {
  const get = async (urlPath) => {
    const res = await fetch(`${app.server.url}${urlPath}`);
    return { status: res.status, html: await res.text() };
  };

  test.each(['ru', 'kk', 'uz', 'tg'])('%s: an article, a checklist, the rights list and help are there in full, in their language', async (lang) => {
    const p = pack(lang);
    const article = p.articles.find((a) => a.slug === 'birth-registration');
    const checklist = p.checklists.find((c) => c.id === 'register-birth');
    const s = strings(lang);

    const pages = {
      [`/${lang}/rights/birth-registration`]: [article.title, article.summary, firstWords(text(article.html))],
      [`/${lang}/checklists/register-birth/`]: [checklist.title, checklist.summary, checklist.steps[0].title, firstWords(checklist.steps[0].do)],
      [`/${lang}/rights`]: [s.rights.title, ...p.articles.map((a) => a.title)],
      [`/${lang}/help`]: [s.help.title, ...helpNumbers(lang).map((n) => n.label)],
    };
    for (const [urlPath, expected] of Object.entries(pages)) {
      const { status, html } = await get(urlPath);
      expect(status, urlPath).toBe(200);
      expect(html, urlPath).toMatch(new RegExp(`<html lang="${lang}" dir="ltr">`));
      const body = text(html);
      for (const piece of expected) expect(body, `${urlPath}: ${piece}`).toContain(text(piece).trim());
      // A real title naming the page: its heading, then the app.
      expect(html.match(/<title>([^<]*)<\/title>/)[1], urlPath).toBe(`${text(expected[0]).trim()} · Qadam`);
    }
    // Help: every number is a tap-to-call link in the HTML itself.
    const { html } = await get(`/${lang}/help`);
    for (const n of helpNumbers(lang)) expect(html).toContain(`href="tel:${n.tel}"`);
  });

  test('an unknown URL gets the not-found page of its language (404), with a link home', async () => {
    const { status, html } = await get('/kk/rights/no-such-article');
    expect(status).toBe(404);
    expect(html).toMatch(/<html lang="kk"/);
    expect(text(html)).toContain(strings('kk').notFound.title);
    expect(html).toContain('href="/kk/"');
  });

  test('/ goes to the browser language on the server, before any JavaScript', async () => {
    const res = await fetch(`${app.server.url}/?src=leaflet-3`, { redirect: 'manual', headers: { 'accept-language': 'ky-KG,ky;q=0.9,ru;q=0.5' } });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/ky/?src=leaflet-3');
  });
});

describe('with JavaScript off', () => {
  const phone = () => newPhone(app.browser, { javaScriptEnabled: false });

  test('help shows every number as a tap-to-call link, and says nothing needs JavaScript there', async () => {
    const { context, page } = await phone();
    await page.goto(`${app.server.url}/uz/help`);
    await expect(page.locator('main h1').textContent()).resolves.toBe(strings('uz').help.title);
    for (const n of helpNumbers('uz')) {
      const link = page.locator(`main a[href="tel:${n.tel}"]`);
      await expect(link.isVisible(), n.number).resolves.toBe(true);
      await expect(link.textContent()).resolves.toContain(n.number);
    }
    expect(await page.locator('noscript').count()).toBe(0);
    await context.close();
  });

  test('an article shows its text; links between pages are plain links that work', async () => {
    const { context, page } = await phone();
    const ru = strings('ru');
    await page.goto(`${app.server.url}/ru/`);
    await page.getByRole('navigation', { name: ru.app.menu }).getByRole('link', { name: ru.nav.rights }).click();
    await page.waitForURL(`${app.server.url}/ru/rights`);
    await expect(page.locator('main h1').textContent()).resolves.toBe(ru.rights.title);
    const article = pack('ru').articles.find((a) => a.slug === 'free-legal-aid');
    await articleCard(page, article.title).click();
    await page.waitForURL(`${app.server.url}/ru/rights/free-legal-aid`);
    await expect(page.locator('main h1').textContent()).resolves.toBe(article.title);
    const prose = (await page.locator('main .prose').innerText()).replace(/\s+/g, ' ');
    expect(prose).toContain(firstWords(text(article.html), 5));
    // Forms and ticks need JavaScript: the page says so in plain words.
    await expect(page.locator('.notice', { hasText: ru.app.noScript }).isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: ru.rights.title }).click(); // the crumb back to the list
    await page.waitForURL(`${app.server.url}/ru/rights`);
    await context.close();
  });
});

/** Records the text of #root before the app's code touches it and right after its first commit. */
const RECORD_TEXT = () => {
  document.addEventListener('DOMContentLoaded', () => {
    window.__before = document.getElementById('root')?.innerText;
  });
  new MutationObserver(() => {
    if (document.documentElement.dataset.render && window.__after === undefined) window.__after = document.getElementById('root').innerText;
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-render'] });
};

describe('hydration', () => {
  // The worker is blocked so that every visit gets the server's prerendered page (with a worker,
  // later visits get the shell, which is rendered into, not hydrated). Playwright says so once
  // per page as a console warning: that one message is the harness's, not the app's.
  const HARNESS = /Service Worker registration blocked by Playwright/;
  // The not-found page is a document with status 404 on purpose; Chromium logs that status.
  const DOCUMENT_404 = /Failed to load resource: the server responded with a status of 404/;

  /** What is wrong with one page's first visit in this tab (nothing: []). */
  async function visit(page, urlPath) {
    const messages = [];
    const notFound = urlPath.endsWith('/no-such-page');
    const expected = (text) => HARNESS.test(text) || (notFound && DOCUMENT_404.test(text));
    const onConsole = (m) => ['error', 'warning'].includes(m.type()) && !expected(m.text()) && messages.push(`${m.type()}: ${m.text()}`);
    const onError = (e) => messages.push(`pageerror: ${e.message}`);
    page.on('console', onConsole);
    page.on('pageerror', onError);
    const problems = [];
    try {
      const res = await page.goto(`${app.server.url}${urlPath}`);
      // Polled on a timer, not on animation frames: a tab that is not in front may get none.
      await page.waitForFunction(() => window.__after !== undefined, null, { timeout: 30_000, polling: 50 });
      const { before, after, how, title } = await page.evaluate(() => ({
        before: window.__before,
        after: window.__after,
        how: document.documentElement.dataset.render,
        title: document.title,
      }));
      if (res.status() !== (notFound ? 404 : 200)) problems.push(`${urlPath}: HTTP ${res.status()}`);
      // The not-found page is served for any URL, so it is rendered over, never hydrated.
      if (how !== (notFound ? 'rendered' : 'hydrated')) problems.push(`${urlPath}: ${how}, not hydrated`);
      if (!before?.trim()) problems.push(`${urlPath}: no prerendered text`);
      if (before !== after) problems.push(`${urlPath}: text changed on hydration`);
      if (!title.endsWith('· Qadam')) problems.push(`${urlPath}: title "${title}"`);
    } catch (e) {
      problems.push(`${urlPath}: ${e.message.split('\n')[0]}`);
    } finally {
      page.off('console', onConsole);
      page.off('pageerror', onError);
    }
    if (messages.length) problems.push(`${urlPath}: ${messages.join(' | ')}`);
    return problems;
  }

  /** A phone of its own: the worker blocked, the text recorder in every document. */
  async function newRecordingPhone() {
    const context = await app.browser.newContext({ locale: 'ru-RU', serviceWorkers: 'block' });
    await context.addInitScript(RECORD_TEXT);
    return context;
  }

  // Pages load side by side in this many tabs: most of a visit is waiting (network, idle
  // callbacks, the paint before boot), so a 2-core machine does several at once.
  const TABS = 4;

  /** Runs `work` over `items`, at most `n` at a time, each worker with its own slot number. */
  async function inParallel(items, n, work) {
    const queue = [...items];
    const results = await Promise.all(
      Array.from({ length: Math.min(n, queue.length) }, async (_, slot) => {
        const out = [];
        while (queue.length) out.push(...(await work(queue.shift(), slot)));
        return out;
      }),
    );
    return results.flat();
  }

  // ~53 pages per language, each loaded and hydrated once.
  test.each(LANGS)('%s: every contract page hydrates with the same text and no console error or warning', async (lang) => {
    const pages = contractPages(lang);
    const isChecklist = (p) => p.includes('/checklists');
    // One phone for the pages that read only content (the pack downloads once) …
    const shared = await newRecordingPhone();
    const tabs = await Promise.all(Array.from({ length: TABS }, () => shared.newPage()));
    // … first as a new family meets it: home, help, then the rights list, which installs the
    // pack. The other content pages then open side by side on the same phone.
    const problems = [];
    for (const urlPath of pages.slice(0, 3)) problems.push(...(await visit(tabs[0], urlPath)));
    // … and a fresh phone for each checklist page: they were built as a fresh phone sees them
    // (no child yet). They go first in the queue: they take longest (each downloads the pack).
    const jobs = [
      ...pages.filter(isChecklist).map((urlPath) => ({ urlPath, fresh: true })),
      ...pages.slice(3).filter((p) => !isChecklist(p)).map((urlPath) => ({ urlPath, fresh: false })),
    ];
    problems.push(
      ...(await inParallel(jobs, TABS, async ({ urlPath, fresh }, slot) => {
        if (!fresh) return visit(tabs[slot], urlPath);
        const phone = await newRecordingPhone();
        try {
          return await visit(await phone.newPage(), urlPath);
        } finally {
          await phone.close();
        }
      })),
    );
    await shared.close();
    expect(problems).toEqual([]);
  }, 600_000);
});

test('the page title follows the family around the app', async () => {
  const { context, page } = await newPhone(app.browser);
  const kk = strings('kk');
  const article = pack('kk').articles.find((a) => a.slug === 'birth-registration');
  await page.goto(`${app.server.url}/kk/`);
  await expect.poll(() => page.title()).toBe(`${kk.home.title} · Qadam`);
  await page.getByRole('navigation', { name: kk.app.menu }).getByRole('link', { name: kk.nav.rights }).click();
  await expect.poll(() => page.title()).toBe(`${kk.rights.title} · Qadam`);
  await articleCard(page, article.title).click();
  await expect.poll(() => page.title()).toBe(`${article.title} · Qadam`);
  await page.getByRole('navigation', { name: kk.app.menu }).getByRole('link', { name: kk.nav.help }).click();
  await expect.poll(() => page.title()).toBe(`${kk.help.title} · Qadam`);
  await page.goBack();
  await expect.poll(() => page.title()).toBe(`${article.title} · Qadam`);
  await context.close();
});
