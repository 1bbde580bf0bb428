// The NGO dashboard at /admin, in real Chromium against the real server and a real SQLite file,
// seeded through the public POST /api/feedback with known counts across channels and days.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, newPhone, waitOfflineReady, axeViolations } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import { DIST_A } from '../helpers/builds.js';
import { CSP } from '../../server/headers.js';
import { almatyDay, expectedFunnel, postSeed, seedItems } from '../helpers/feedback-seed.js';
import { STRINGS } from '../../admin/src/strings.ts';

const TOKEN = 'e2e-admin-token-0123456789';
const en = STRINGS.en;
const ru = STRINGS.ru;

let browser;
let server;
beforeAll(async () => {
  browser = await launch();
  server = await startServer({ distDir: DIST_A, adminToken: TOKEN });
  await postSeed(server.url, seedItems());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A staff member's browser: desktop size, English unless told otherwise. */
async function staff(options = {}) {
  const phone = await newPhone(browser, { viewport: { width: 1280, height: 800 }, locale: 'en-US', ...options });
  const requests = [];
  phone.context.on('request', (r) => requests.push(r.url()));
  // A CSP refusal (an inline style or script, a foreign origin) shows up as a console error.
  const consoleErrors = [];
  phone.page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  return { ...phone, requests, consoleErrors };
}

async function signIn(page, token = TOKEN, lang = en) {
  await page.getByLabel(lang.tokenLabel).fill(token);
  await page.getByRole('button', { name: lang.signIn, exact: true }).click();
}

/** Waits until the dashboard shows the period from..to, fully loaded. */
const waitForPeriod = (page, from, to) =>
  page.waitForSelector(`[data-testid="dashboard"][data-range="${from}..${to}"][data-loading="false"]`, { timeout: 15_000 });

/** The funnel as shown: { src: { opened, ready, feedback } }, read from the table's cells. */
const shownFunnel = (page) =>
  page.$$eval('[data-testid="section-funnel"] tbody tr', (rows) =>
    Object.fromEntries(
      rows.map((tr) => {
        const n = (stage) => Number(tr.querySelector(`[data-stage="${stage}"] .count`).textContent.replace(/\D/g, ''));
        return [tr.dataset.src, { name: tr.querySelector('th').textContent, opened: n('opened'), ready: n('ready'), feedback: n('feedback') }];
      }),
    ),
  );

/** Expected funnel with the names the page must show next to the counts. */
const withNames = (funnel, noChannel) =>
  Object.fromEntries(Object.entries(funnel).map(([src, c]) => [src, { name: src === '(none)' ? noChannel : src, ...c }]));

const choosePeriod = (page, label) => page.getByRole('radio', { name: label, exact: true }).check();

test('after sign-in the funnel shows the seeded counts per channel, the chart is drawn, and the period changes the counts', async () => {
  const { context, page, errors, requests, consoleErrors } = await staff();
  try {
    await page.goto(`${server.url}/admin`);
    await signIn(page);
    await waitForPeriod(page, almatyDay(29), almatyDay(0));
    expect(await shownFunnel(page)).toEqual(withNames(expectedFunnel(29), en.noChannel));
    // The seed, counted by hand once, so the expectation helper is not trusted blindly.
    expect((await shownFunnel(page))['leaflet-a']).toMatchObject({ opened: 12, ready: 9, feedback: 6 });

    // The chart: a canvas with the second series' colour (the "(no channel)" line) on it.
    const chart = page.getByTestId('activations-chart');
    await expect.poll(() => chart.locator('canvas').count()).toBe(1);
    const inked = await chart.locator('canvas').evaluate((canvas) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - 0x00) < 24 && Math.abs(data[i + 1] - 0x61) < 24 && Math.abs(data[i + 2] - 0xa3) < 24 && data[i + 3] > 200) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(30);
    await expect.poll(() => chart.locator('.u-legend').textContent()).toContain(en.noChannel);

    await choosePeriod(page, en.last7);
    await waitForPeriod(page, almatyDay(6), almatyDay(0));
    expect(await shownFunnel(page)).toEqual(withNames(expectedFunnel(6), en.noChannel));
    expect((await shownFunnel(page))['leaflet-a']).toMatchObject({ opened: 8, ready: 6, feedback: 4 });

    await choosePeriod(page, en.all);
    await waitForPeriod(page, '2024-01-01', almatyDay(0));
    expect(await shownFunnel(page)).toEqual(withNames(expectedFunnel(Infinity), en.noChannel));

    // A custom period of one day, 12 days back.
    await choosePeriod(page, en.custom);
    await page.getByLabel(en.from, { exact: true }).fill(almatyDay(12));
    await page.getByLabel(en.to, { exact: true }).fill(almatyDay(12));
    await waitForPeriod(page, almatyDay(12), almatyDay(12));
    expect(await shownFunnel(page)).toEqual(withNames(expectedFunnel(12, 12), en.noChannel));
    expect(Object.keys(await shownFunnel(page))).not.toContain('clinic-2');

    // No request left the origin (downloads are blob: URLs of this origin).
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((u) => !u.startsWith(`${server.url}/`) && !u.startsWith(`blob:${server.url}/`))).toEqual([]);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('the CSV download holds exactly the funnel on screen', async () => {
  const { context, page } = await staff();
  try {
    await page.goto(`${server.url}/admin/`);
    await signIn(page);
    await waitForPeriod(page, almatyDay(29), almatyDay(0));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('funnel-csv').click()]);
    expect(download.suggestedFilename()).toBe(`qadam-funnel-${almatyDay(29)}_${almatyDay(0)}.csv`);
    const text = fs.readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines.pop()).toBe(''); // every record ends with CRLF
    expect(lines[0]).toBe('channel,opened,ready_offline,gave_feedback');
    const shown = await shownFunnel(page);
    const fromCsv = Object.fromEntries(lines.slice(1, -1).map((l) => l.split(',')).map(([src, o, r, f]) => [src, { opened: +o, ready: +r, feedback: +f }]));
    expect(fromCsv).toEqual(Object.fromEntries(Object.entries(shown).map(([src, { name: _name, ...c }]) => [src, c])));
    expect(fromCsv).toEqual(expectedFunnel(29));
    const sum = (k) => Object.values(fromCsv).reduce((n, c) => n + c[k], 0);
    expect(lines.at(-1)).toBe(`(all),${sum('opened')},${sum('ready')},${sum('feedback')}`);
  } finally {
    await context.close();
  }
});

test('a wrong token shows a plain error and no data', async () => {
  const { context, page } = await staff();
  const answers = [];
  page.on('response', (r) => r.url().includes('/api/') && answers.push(r.status()));
  try {
    await page.goto(`${server.url}/admin`);
    await signIn(page, 'not-the-token-at-all-000');
    await expect.poll(() => page.getByTestId('signin-error').textContent()).toBe(en.wrongToken);
    expect(answers).toEqual([401]);
    expect(await page.getByTestId('dashboard').count()).toBe(0);
    const html = await page.content();
    for (const seeded of ['leaflet-a', 'clinic-2', 'rodnik-almaty', 'birth-registration', 'справка', '701 123']) expect(html).not.toContain(seeded);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('axe finds no violations on the dashboard (Russian, phone width, table opened); names and counts are in Russian', async () => {
  const { context, page } = await staff({ viewport: { width: 360, height: 740 }, locale: 'ru-RU' });
  try {
    await page.goto(`${server.url}/admin`);
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page, TOKEN, ru);
    await waitForPeriod(page, almatyDay(29), almatyDay(0));
    await page.waitForSelector('[data-testid="comments-list"][data-loading="false"]');
    expect((await shownFunnel(page))['(none)'].name).toBe(ru.noChannel);
    await page.getByText(ru.chartTable).click();
    expect(await axeViolations(page)).toEqual([]);

    // Kazakh: dates readable even where the browser's Intl has no Kazakh month names
    // (then 03.11.2026, never ICU's fallback "2026 M11 3").
    await page.getByLabel(ru.language, { exact: true }).first().selectOption('kk');
    await page.getByRole('heading', { name: STRINGS.kk.funnelTitle }).waitFor();
    const line = await page.locator('.range-line').textContent();
    expect(line).not.toMatch(/M\d/);
    expect(line).toContain(String(new Date(`${almatyDay(0)}T00:00:00Z`).getUTCFullYear()));
  } finally {
    await context.close();
  }
});

test('comments filter by type and channel; one that looks like a phone number is flagged', async () => {
  const { context, page } = await staff();
  try {
    await page.goto(`${server.url}/admin`);
    await signIn(page);
    await waitForPeriod(page, almatyDay(29), almatyDay(0));
    const list = page.getByTestId('comments-list');
    const comments = list.locator('li.comment');
    await expect.poll(() => comments.count()).toBe(7);
    const flagged = list.locator('li.comment', { has: page.getByTestId('personal-warning') });
    expect(await flagged.count()).toBe(1);
    expect(await flagged.locator('.comment-text').textContent()).toContain('+7 701 123 45 67');

    const section = page.getByTestId('section-comments');
    await section.getByLabel(en.kind, { exact: true }).selectOption('search');
    await expect.poll(() => comments.count()).toBe(4);
    await section.getByLabel(en.channel, { exact: true }).selectOption('leaflet-a');
    await expect.poll(() => comments.count()).toBe(2);
    for (const text of await comments.locator('.comment-text').allTextContents()) expect(text).toBe('справка о рождении');
  } finally {
    await context.close();
  }
});

describe('place comments and deleting a comment', () => {
  // Its own server: these tests change data. One more place with six comments, one more than
  // the dashboard previews per place.
  const EXTRA = [[2, 6, { kind: 'point', target: 'kibhr-almaty', reason: 'wrong_hours', lang: 'ru', comment: 'Часы на двери другие' }]];
  let own;
  beforeAll(async () => {
    own = await startServer({ distDir: DIST_A, adminToken: TOKEN });
    await postSeed(own.url, seedItems());
    await postSeed(own.url, seedItems(EXTRA));
  });
  afterAll(async () => own?.close());

  test('a place shows its newest comments and opens the comments list on all of them', async () => {
    const { context, page } = await staff();
    try {
      await page.goto(`${own.url}/admin`);
      await signIn(page);
      await waitForPeriod(page, almatyDay(29), almatyDay(0));
      const place = page.locator('[data-place="kibhr-almaty"]');
      await expect.poll(() => place.locator('li.comment').count()).toBeGreaterThan(0);
      expect(await place.locator('li.comment').count()).toBeLessThan(6);
      await place.getByRole('button', { name: en.moreComments.replace('{n}', '6') }).click();
      const only = page.getByText(en.onlyPlace.replace('{target}', 'kibhr-almaty'));
      await expect.poll(() => only.evaluate((el) => el === document.activeElement)).toBe(true);
      const list = page.getByTestId('comments-list');
      await page.waitForSelector('[data-testid="comments-list"][data-loading="false"]');
      await expect.poll(() => list.locator('li.comment').count()).toBe(6);
      for (const meta of await list.locator('.comment-meta').allTextContents()) expect(meta).toContain('kibhr-almaty');
      await page.getByRole('button', { name: en.everyComment }).click();
      await expect.poll(() => list.locator('li.comment').count()).toBe(7 + 6);
    } finally {
      await context.close();
    }
  });

  test('asks first, then removes the text everywhere on the page and in the database; the counts stay', async () => {
    const { context, page } = await staff();
    try {
      await page.goto(`${own.url}/admin`);
      await signIn(page);
      await waitForPeriod(page, almatyDay(29), almatyDay(0));
      const phoneComment = page.locator('li.comment', { hasText: '+7 701 123 45 67' });
      await expect.poll(() => phoneComment.count()).toBe(2); // under the place and in the comments list
      const reportsBefore = await page.locator('[data-place="rodnik-almaty"] [data-testid="place-reports"]').textContent();

      await phoneComment.first().getByRole('button', { name: en.delete, exact: true }).click();
      await phoneComment.first().getByRole('button', { name: en.cancel }).click();
      expect(await phoneComment.count()).toBe(2);
      await phoneComment.first().getByRole('button', { name: en.delete, exact: true }).click();
      await phoneComment.first().getByRole('button', { name: en.deleteYes }).click();
      await expect.poll(() => phoneComment.count()).toBe(0);
      await expect.poll(() => page.getByRole('status').textContent()).toBe(en.deleted);

      const db = new Database(path.join(own.dataDir, 'qadam.db'), { readonly: true, fileMustExist: true });
      try {
        expect(db.prepare("SELECT count(*) FROM feedback WHERE comment LIKE '%701 123%'").pluck().get()).toBe(0);
        expect(db.prepare("SELECT count(*) FROM feedback WHERE kind = 'point'").pluck().get()).toBe(3 + 6);
      } finally {
        db.close();
      }
      // The token is kept for the tab's session: a reload stays signed in, and the text stays gone.
      await page.reload();
      await waitForPeriod(page, almatyDay(29), almatyDay(0));
      await page.waitForSelector('[data-testid="comments-list"][data-loading="false"]');
      expect(await phoneComment.count()).toBe(0);
      expect(await page.locator('[data-place="rodnik-almaty"] [data-testid="place-reports"]').textContent()).toBe(reportsBefore);
    } finally {
      await context.close();
    }
  });
});

test('with the family app installed, /admin still opens the dashboard from the server, not the app shell', async () => {
  const { context, page } = await newPhone(browser);
  try {
    await page.goto(`${server.url}/ru/`);
    await waitOfflineReady(page);
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    for (const url of ['/admin', '/admin/']) {
      const res = await page.goto(`${server.url}${url}`);
      expect(res.fromServiceWorker()).toBe(false);
      expect(res.status()).toBe(200);
      expect(res.headers()['x-robots-tag']).toBe('noindex, nofollow');
      expect(res.headers()['content-security-policy']).toBe(CSP);
      await page.getByLabel(ru.tokenLabel).waitFor();
      await expect.poll(() => page.title()).toBe(ru.title);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    }
    // Deeper paths are not pages: a plain 404, never the family shell.
    const deeper = await page.goto(`${server.url}/admin/settings`);
    expect(deeper.status()).toBe(404);
    expect(await page.locator('#admin-token, .app').count()).toBe(0);
  } finally {
    await context.close();
  }
});
