// Bad networks between the phone and the server (issue 11): a captive portal, a firewall
// page, a body that stalls after its headers, a connection reset mid-answer, a gateway's
// 502/503 page. The real built app with its real service worker, loaded THROUGH a small
// fault proxy (tests/helpers/fault-proxy.js) in front of the real server and its SQLite
// file. For each fault: feedback written while it lasts is neither lost nor marked failed;
// once it clears, the phone only loses and regains its connection (no reload), and the item
// is stored exactly once within a minute.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, newPhone, readOutbox as readRecords, waitOfflineReady } from '../helpers/browser.js';
import { startServer, tempDir } from '../helpers/server.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import { DIST_A } from '../helpers/builds.js';
import { strings } from '../helpers/strings.js';

const ru = strings('ru');

let browser;
let server;
let proxy;
let dataDir;
// Each phone reaches the server from its own loopback address, as phones have their own
// IPs: the server's per-client rate limit then counts each phone apart.
let phoneAddress = '127.0.0.1';

beforeAll(async () => {
  browser = await launch();
  dataDir = tempDir('qadam-badnet-');
  server = await startServer({ distDir: DIST_A, dataDir });
  proxy = await startFaultProxy({ upstream: server.url, upstreamAddress: () => phoneAddress });
});
afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
});

/** Rows holding this comment, read through a read-only connection to the server's file. */
function storedWith(comment) {
  const db = new Database(path.join(dataDir, 'qadam.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) FROM feedback WHERE comment = ?').pluck().get(comment);
  } finally {
    db.close();
  }
}

/** The outbox as the app stored it: each record's state and comment. */
const readOutbox = async (page) => (await readRecords(page)).map((r) => ({ state: r.state, comment: r.item.comment }));

const outboxCounts = async (page) => {
  const box = page.locator('[data-testid="outbox-status"]');
  return { pending: await box.getAttribute('data-pending'), failed: await box.getAttribute('data-failed') };
};

const SCENARIOS = [
  // name, proxy mode, which requests it hits
  ['a captive portal (200 HTML for everything, /api/health too)', 'portal', 'all'],
  ['a firewall page (403 HTML) for the feedback API', 'firewall', 'feedback'],
  ['a body that stalls after the headers', 'stall', 'feedback'],
  ['connections reset mid-response', 'reset', 'feedback'],
  ["a gateway's 502 page", 'gateway502', 'feedback'],
  ["a gateway's 503 page for all of /api", 'gateway503', 'api'],
];

describe('feedback survives a bad network, and arrives once when it clears', () => {
  SCENARIOS.forEach(([name, mode, scope], i) => {
    test(name, async () => {
      phoneAddress = `127.0.0.${20 + i}`;
      proxy.setMode('healthy');
      const { context, page, errors } = await newPhone(browser);
      try {
        // Loaded through the proxy while it is healthy: same origin, same service worker.
        await page.goto(`${proxy.url}/ru/feedback`);
        await waitOfflineReady(page);
        await expect.poll(() => outboxCounts(page), { timeout: 20_000 }).toEqual({ pending: '0', failed: '0' }); // the opened/ready notes went

        const comment = `Отзыв, пока сеть сбоит: ${mode}`;
        const hitsBefore = proxy.faults[mode];
        proxy.setMode(mode, { scope });
        const form = page.locator('[data-testid="feedback-general"]');
        await form.locator('textarea').fill(comment);
        await form.getByRole('button', { name: ru.feedback.send, exact: true }).click();
        await expect.poll(() => form.getByRole('status').textContent()).toBe(ru.feedback.queued);

        // The app tried (the fault answered it), and the item is still waiting, not failed.
        await expect.poll(() => proxy.faults[mode], { timeout: 20_000 }).toBeGreaterThan(hitsBefore);
        expect(await readOutbox(page)).toEqual([{ state: 'pending', comment }]);
        expect(await outboxCounts(page)).toEqual({ pending: '1', failed: '0' });
        if (mode === 'portal') {
          // Behind a login page the badge must not say "Online".
          await expect.poll(() => page.locator('[data-connectivity]').getAttribute('data-connectivity')).toBe('offline');
          expect(await page.locator('[data-connectivity]').textContent()).toBe(ru.status.offline);
        }

        // The fault clears; the phone only loses and regains its connection: no reload.
        proxy.setMode('healthy');
        await context.setOffline(true);
        await context.setOffline(false);
        await expect.poll(() => outboxCounts(page), { timeout: 60_000 }).toEqual({ pending: '0', failed: '0' });
        expect(storedWith(comment)).toBe(1);
        await expect.poll(() => form.getByRole('status').textContent()).toBe(ru.feedback.sent);
        expect(errors).toEqual([]);
      } finally {
        proxy.setMode('healthy');
        await context.close();
      }
    });
  });
});
