// Outbox delivery: how long a phone that comes back online takes to hand 1,000 queued
// feedback items to the server. Real built app (dist/, run `npm run build` first), its real
// service worker and outbox code in Chromium, the real server and SQLite file, on loopback.
// Clock: from setOffline(false) until the server's database holds every item. Goal <= 5 s.
//
//   node scripts/bench/outbox-delivery.js [items] [runs]
//
// The items are written straight into IndexedDB (the exact record shape
// src/data/outbox/queue.ts stores) while the page is offline, then the page is reloaded so
// the app's own startOutboxSync() finds them: nothing is exposed on window for the bench.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { launch, newPhone, waitOfflineReady } from '../../tests/helpers/browser.js';
import { startServer, tempDir } from '../../tests/helpers/server.js';

const root = path.resolve(import.meta.dirname, '../..');

/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs in the page: queue `count` records exactly as queue.ts would have. */
function seedOutbox(count) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('qadam');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('outbox', 'readwrite');
      const store = tx.objectStore('outbox');
      const start = Date.now() - count * 1000;
      for (let i = 0; i < count; i++) {
        const id = crypto.randomUUID();
        const createdAt = new Date(start + i * 1000).toISOString();
        const item = {
          id,
          kind: 'app',
          ...(i % 3 === 0 ? { comment: `Отзыв номер ${i}: спасибо, всё понятно 👍` } : {}),
          lang: 'ru',
          appVersion: 'bench',
          contentVersion: 'bench',
          createdAt,
        };
        store.put({ id, state: 'pending', item, createdAt });
      }
      tx.oncomplete = () => {
        open.result.close();
        resolve(count);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/**
 * @param {{ items?: number, runs?: number, distDir?: string }} [options]
 * @returns {Promise<{ ms_median: number, runs: { items: number, ms: number }[] }>}
 */
export async function benchOutboxDelivery({ items = 1000, runs = 3, distDir = path.join(root, 'dist') } = {}) {
  const browser = await launch();
  /** @type {{ items: number, ms: number }[]} */
  const results = [];
  try {
    for (let r = 0; r < runs; r++) {
      const dataDir = tempDir('qadam-bench-outbox-');
      const server = await startServer({ distDir, dataDir });
      const { context, page } = await newPhone(browser);
      let sqlite = null;
      try {
        await page.goto(`${server.url}/ru/feedback`);
        await waitOfflineReady(page);
        await context.setOffline(true);
        await page.evaluate(seedOutbox, items);
        await page.reload(); // offline: the service worker serves it; startOutboxSync finds the items
        await page.waitForSelector('[data-testid="outbox-status"]');
        await page.waitForFunction(
          (n) => Number(document.querySelector('[data-testid="outbox-status"]')?.getAttribute('data-pending')) >= n,
          items,
        );

        sqlite = new Database(path.join(dataDir, 'qadam.db'), { readonly: true, fileMustExist: true });
        const delivered = sqlite.prepare("SELECT count(*) FROM feedback WHERE kind = 'app'").pluck();
        const t0 = performance.now();
        await context.setOffline(false);
        for (;;) {
          if (delivered.get() >= items) break;
          if (performance.now() - t0 > 120_000) throw new Error(`bench: only ${delivered.get()} of ${items} delivered after 120 s`);
          await new Promise((res) => setTimeout(res, 10));
        }
        const ms = performance.now() - t0;
        results.push({ items, ms: Math.round(ms) });
      } finally {
        sqlite?.close();
        await context.close();
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return { ms_median: median(results.map((x) => x.ms)), runs: results };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [items, runs] = process.argv.slice(2).map(Number);
  const result = await benchOutboxDelivery({ items: items || undefined, runs: runs || undefined });
  for (const [i, run] of result.runs.entries()) console.log(`run ${i + 1}: ${run.items} items delivered in ${run.ms} ms`);
  console.log(`outbox delivery: ${result.ms_median} ms for ${result.runs[0].items} items (median of ${result.runs.length} runs, goal <= 5000)`);
}
