// Feedback written with no network reaches the server exactly once: through a reload, a
// server restart, a forced resend and a server that fails for a while. Real Chromium,
// real service worker, the real server and its real SQLite file (counted read-only).
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, newPhone, readOutbox, waitOfflineReady, axeViolations, smallTargets } from '../helpers/browser.js';
import { startServer, freePort, tempDir } from '../helpers/server.js';
import { DIST_A } from '../helpers/builds.js';
import { strings } from '../helpers/strings.js';

const ru = strings('ru').feedback;
const fill = (s, n) => s.replace('{{n}}', String(n));

let browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Rows in the server's SQLite file, all or of one kind, read through a read-only connection. */
function rows(dataDir, kind) {
  const db = new Database(path.join(dataDir, 'qadam.db'), { readonly: true, fileMustExist: true });
  try {
    const stmt = kind ? db.prepare('SELECT count(*) FROM feedback WHERE kind = ?') : db.prepare('SELECT count(*) FROM feedback');
    return kind ? stmt.pluck().get(kind) : stmt.pluck().get();
  } finally {
    db.close();
  }
}


/** Put records back into the outbox, as if their answers had been lost. */
const writeOutbox = (page, records) =>
  page.evaluate(
    (records) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('qadam');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('outbox', 'readwrite');
          for (const r of records) tx.objectStore('outbox').put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );

const waitingCount = (page) => page.locator('[data-testid="outbox-status"]').getAttribute('data-pending');

/** On /{lang}/feedback: write a message, send, wait for the thank-you, open a fresh form. */
async function sendGeneral(page, text) {
  const form = page.locator('[data-testid="feedback-general"]');
  await form.locator('textarea').fill(text);
  await form.getByRole('button', { name: ru.send, exact: true }).click();
  await expect.poll(() => form.getByRole('status').textContent()).toMatch(new RegExp(`^(${ru.queued}|${ru.sent})$`));
  await form.getByRole('button', { name: ru.another }).click();
}

/** On an article: "Was this helpful?" → Yes, a comment, Send. */
async function sendHelpful(page, text) {
  const box = page.locator('[data-feedback="helpful"]');
  await box.getByRole('button', { name: ru.up, exact: true }).click();
  await box.locator('textarea').fill(text);
  await box.getByRole('button', { name: ru.send, exact: true }).click();
  await expect.poll(() => box.getByRole('status').textContent()).toMatch(new RegExp(`^(${ru.queued}|${ru.sent})$`));
}

describe('feedback written offline', () => {
  test('survives a reload and a server restart, and is stored exactly once', async () => {
    const dataDir = tempDir('qadam-fb-');
    const port = await freePort();
    let server = await startServer({ distDir: DIST_A, port, dataDir });
    const { context, page, errors } = await newPhone(browser);
    try {
      await page.goto(`${server.url}/ru/`);
      await waitOfflineReady(page);
      // Opened, then ready offline for the first time: one anonymous note each, sent at once.
      await expect.poll(() => rows(dataDir, 'activation')).toBe(1);
      await expect.poll(() => rows(dataDir, 'opened')).toBe(1);

      await context.setOffline(true);
      await page.goto(`${server.url}/ru/feedback`);
      await sendGeneral(page, 'Добавьте, пожалуйста, адреса центров обслуживания мигрантов');
      await sendGeneral(page, 'Спасибо, всё понятно');
      await page.goto(`${server.url}/ru/rights/birth-registration`);
      await sendHelpful(page, 'Очень помогло со свидетельством о рождении');
      await page.goto(`${server.url}/ru/feedback`);
      await expect.poll(() => waitingCount(page)).toBe('3');
      expect(await page.locator('[data-testid="outbox-status"] [role="status"]').textContent()).toBe(fill(ru.waiting, 3));

      // The server goes away; the app is reloaded with no network at all.
      await server.close();
      await page.reload();
      await page.waitForSelector('[data-page="feedback"]');
      await expect.poll(() => waitingCount(page)).toBe('3');
      expect(rows(dataDir)).toBe(2);

      // Same port, same database; the phone comes back online.
      server = await startServer({ distDir: DIST_A, port, dataDir });
      await context.setOffline(false);
      await expect.poll(() => rows(dataDir), { timeout: 20_000 }).toBe(5);
      expect(rows(dataDir, 'app')).toBe(2);
      expect(rows(dataDir, 'article')).toBe(1);
      expect(rows(dataDir, 'activation')).toBe(1);
      expect(rows(dataDir, 'opened')).toBe(1);
      await expect.poll(() => waitingCount(page)).toBe('0');
      expect(await readOutbox(page)).toEqual([]);
      expect(await page.locator('[data-testid="outbox-status"] [role="status"]').textContent()).toBe(ru.nothingWaiting);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });

  test('a forced resend of the same items adds no rows', async () => {
    const dataDir = tempDir('qadam-fb-');
    const server = await startServer({ distDir: DIST_A, dataDir });
    const { context, page, errors } = await newPhone(browser);
    try {
      await page.goto(`${server.url}/ru/feedback`);
      await waitOfflineReady(page);
      await expect.poll(() => rows(dataDir, 'activation')).toBe(1);
      await expect.poll(() => rows(dataDir, 'opened')).toBe(1);
      await context.setOffline(true);
      await sendGeneral(page, 'Первый отзыв');
      await sendGeneral(page, 'Второй отзыв');
      const queued = await readOutbox(page);
      expect(queued).toHaveLength(2);
      await context.setOffline(false);
      await expect.poll(() => rows(dataDir), { timeout: 20_000 }).toBe(4);
      await expect.poll(() => readOutbox(page)).toEqual([]);

      // As if both answers had been lost: the records are back, the app sends them again.
      await writeOutbox(page, queued);
      await page.reload();
      await expect.poll(() => readOutbox(page), { timeout: 20_000 }).toEqual([]);
      expect(rows(dataDir)).toBe(4);

      // And a raw re-POST of the very same items is answered "duplicate".
      const statuses = await page.evaluate(async (items) => {
        const res = await fetch('/api/feedback', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ items }),
        });
        return (await res.json()).results.map((r) => r.status);
      }, queued.map((r) => r.item));
      expect(statuses).toEqual(['duplicate', 'duplicate']);
      expect(rows(dataDir)).toBe(4);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });

  test('while the server answers 500, items wait (and the UI says so); they arrive once it recovers', async () => {
    const dataDir = tempDir('qadam-fb-');
    let failing = true;
    let refused = 0;
    const server = await startServer({
      distDir: DIST_A,
      dataDir,
      faults: {
        feedback500: () => {
          if (failing) refused += 1;
          return failing;
        },
      },
    });
    const { context, page, errors } = await newPhone(browser);
    try {
      await page.goto(`${server.url}/ru/feedback`);
      await waitOfflineReady(page);
      await sendGeneral(page, 'Сервер сейчас не работает, но отзыв не должен потеряться');
      // The opened and activation notes and the message all wait; the app keeps retrying with backoff.
      await expect.poll(() => waitingCount(page)).toBe('3');
      expect(await page.locator('[data-testid="outbox-status"] [role="status"]').textContent()).toBe(fill(ru.waiting, 3));
      await expect.poll(() => refused, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
      expect(rows(dataDir)).toBe(0);
      expect(await waitingCount(page)).toBe('3');

      failing = false; // recovered: the next backoff retry delivers, no user action needed
      await expect.poll(() => rows(dataDir), { timeout: 20_000 }).toBe(3);
      expect(rows(dataDir, 'app')).toBe(1);
      expect(rows(dataDir, 'activation')).toBe(1);
      expect(rows(dataDir, 'opened')).toBe(1);
      await expect.poll(() => waitingCount(page)).toBe('0');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('the anonymous "opened" note (issue 13)', () => {
  test('is stored once per phone: on the first open, and never again after reloads', async () => {
    const dataDir = tempDir('qadam-fb-');
    const server = await startServer({ distDir: DIST_A, dataDir });
    const { context, page, errors } = await newPhone(browser);
    try {
      await page.goto(`${server.url}/ru/`);
      // The first open is queued once the page has rendered, then sent: on a busy two-core run that
      // can take longer than expect.poll's 1 s default.
      await expect.poll(() => rows(dataDir, 'opened'), { timeout: 15_000 }).toBe(1);
      await waitOfflineReady(page);
      for (const url of ['/ru/', '/kk/', '/ru/feedback']) {
        await page.goto(`${server.url}${url}`);
        await page.reload();
      }
      // A message sent now goes after anything queued before it (oldest first): once it is
      // stored, a second "opened" from the reloads would have been stored too.
      await sendGeneral(page, 'Проверка после перезагрузок');
      await expect.poll(() => rows(dataDir, 'app'), { timeout: 20_000 }).toBe(1);
      await expect.poll(() => waitingCount(page)).toBe('0');
      expect(rows(dataDir, 'opened')).toBe(1);
      expect(rows(dataDir, 'activation')).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('the service worker sends on its own (Background Sync)', () => {
  test('with no page open on the app, a sync event delivers what was queued, and the page sees it', async () => {
    const dataDir = tempDir('qadam-fb-');
    const port = await freePort();
    let server = await startServer({ distDir: DIST_A, port, dataDir });
    const { context, page, errors } = await newPhone(browser);
    try {
      await page.goto(`${server.url}/ru/feedback`);
      await waitOfflineReady(page);
      await expect.poll(() => rows(dataDir, 'activation')).toBe(1);
      await expect.poll(() => rows(dataDir, 'opened')).toBe(1);
      // The server is gone: the page queues, and cannot send.
      await server.close();
      await sendGeneral(page, 'Отправлено фоновой синхронизацией');
      await expect.poll(() => waitingCount(page)).toBe('1');

      // Leave the app, so that no page of it is left to send; then the server comes back.
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      const registration = new Promise((resolve) =>
        cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
          const r = registrations.find((x) => x.scopeURL.startsWith(server.url) && !x.isDeleted);
          if (r) resolve(r.registrationId);
        }),
      );
      const registrationId = await registration;
      await page.goto('about:blank');
      server = await startServer({ distDir: DIST_A, port, dataDir });
      expect(rows(dataDir)).toBe(2);

      await cdp.send('ServiceWorker.dispatchSyncEvent', { origin: server.url, registrationId, tag: 'qadam-outbox', lastChance: false });
      await expect.poll(() => rows(dataDir, 'app'), { timeout: 20_000 }).toBe(1);

      // Back in the app: nothing is waiting any more.
      await page.goto(`${server.url}/ru/feedback`);
      await expect.poll(() => waitingCount(page)).toBe('0');
      expect(await readOutbox(page)).toEqual([]);
      expect(rows(dataDir)).toBe(3);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('accessibility', () => {
  test('/ru/feedback and the "Was this helpful?" form have no axe violations and big tap targets', async () => {
    const server = await startServer({ distDir: DIST_A });
    const { context, page } = await newPhone(browser);
    try {
      await page.goto(`${server.url}/ru/feedback?q=${encodeURIComponent('разрешение на работу')}`);
      await waitOfflineReady(page);
      expect(await page.locator('main label').first().textContent()).toBe(ru.lookingFor);
      expect(await page.locator('main textarea').inputValue()).toBe('разрешение на работу');
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page, 'main')).toEqual([]);

      // The warning state and an item waiting in the list, too.
      await context.setOffline(true);
      await page.locator('main textarea').fill('Позвоните мне: +7 701 123 45 67');
      await page.getByRole('button', { name: ru.send, exact: true }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toBe(ru.personalWarning);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: ru.sendAnyway }).click();
      await expect.poll(() => waitingCount(page)).not.toBe('0');
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page, 'main')).toEqual([]);

      await page.goto(`${server.url}/ru/rights/birth-registration`);
      await page.locator('[data-feedback="helpful"]').getByRole('button', { name: ru.up, exact: true }).click();
      await page.locator('[data-feedback="helpful"] textarea').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page, 'main')).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
