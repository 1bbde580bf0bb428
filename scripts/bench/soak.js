// Soak: many phones, many items, a bad network, and exactly-once on the server's SQLite file.
// Each simulated phone is the app's REAL outbox (tests/unit/helpers/soak-phone.ts: Dexie,
// the page sync, the shared sending core) over its own fake-indexeddb database, talking real
// HTTP to the real server through the fault proxy (tests/helpers/fault-proxy.js), which picks
// a fault at random for each /api request: captive portal, firewall 403, a stalled body, a
// reset mid-answer (those two pass the request on, so the server may store what the phone
// never hears about), a gateway's 502 or 503. Phones write their items in waves while the
// faults go on, and now and then come back to the app (a visibilitychange, which flushes).
// Then every queued id must be in SQLite exactly once, none lost, none left failed.
//
//   node scripts/bench/soak.js [items] [phones]      (defaults: 10,000 items, 50 phones)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { startServer, tempDir } from '../../tests/helpers/server.js';
import { startFaultProxy, seededRandom } from '../../tests/helpers/fault-proxy.js';

const root = path.resolve(import.meta.dirname, '../..');
export const PHONE_MODULE = path.join(root, 'tests/unit/helpers/soak-phone.ts');

/**
 * @param {{ items?: number, phones?: number, faultRate?: number, seed?: number, timeoutMs?: number,
 *   waves?: number, waveGapMs?: number, wakeEveryMs?: number, deadlineMs?: number,
 *   makePhone: (o: { n: number, origin: string, timeoutMs: number, dbName: string, random?: () => number }) => any }} options
 *   makePhone: from tests/unit/helpers/soak-phone.ts (TypeScript: vitest imports it; from Node, loadPhoneModule()).
 */
export async function runSoak({
  items = 10_000,
  phones = 50,
  faultRate = 0.3,
  seed = 11,
  timeoutMs = 2_000, // per request and probe, body included (the app: 30 s and 5 s; a stall costs this much)
  waves = 4,
  waveGapMs = 1_000,
  wakeEveryMs = 3_000, // on average, per phone
  deadlineMs = 5 * 60_000,
  makePhone,
}) {
  const dataDir = tempDir('qadam-soak-');
  const emptyDist = tempDir('qadam-soak-dist-'); // no app files needed: only the API
  const server = await startServer({ distDir: emptyDist, dataDir });
  // Phone n reaches the server from 127.0.0.(10+n): its own client for the rate limit.
  const proxy = await startFaultProxy({ upstream: server.url, seed, upstreamAddress: (req) => `127.0.0.${10 + Number(req.headers['x-phone'] ?? 0)}` });
  const random = seededRandom(seed + 1);
  const fleet = Array.from({ length: phones }, (_, n) =>
    makePhone({ n, origin: proxy.url, timeoutMs, dbName: `soak-${seed}-${Date.now().toString(36)}-${n}`, random }),
  );
  const queued = [];
  const wakeTimers = new Set();
  let stopped = false;
  const logged = (p) => p.catch((e) => console.error('soak phone:', e));

  try {
    proxy.setMode('random', { scope: 'api', rate: faultRate });
    const started = performance.now();
    // Phones come back to the app now and then (visibilitychange → flush), as people do.
    const wake = (phone) => {
      const t = setTimeout(() => {
        wakeTimers.delete(t);
        if (stopped) return;
        logged(phone.flush());
        wake(phone);
      }, random() * 2 * wakeEveryMs);
      wakeTimers.add(t);
    };
    fleet.forEach(wake);

    // Items are written in waves; each write flushes, as enqueue() does in the app.
    const totalOf = (n) => Math.floor(items / phones) + (n < items % phones ? 1 : 0);
    for (let w = 0; w < waves; w++) {
      await Promise.all(
        fleet.map(async (phone, n) => {
          const share = Math.floor(totalOf(n) / waves) + (w === waves - 1 ? totalOf(n) % waves : 0);
          queued.push(...(await phone.queue(share)));
          logged(phone.flush());
        }),
      );
      if (w < waves - 1) await new Promise((r) => setTimeout(r, waveGapMs));
    }
    const lastWrite = performance.now();

    for (;;) {
      const counts = await Promise.all(fleet.map((p) => p.counts()));
      const left = counts.reduce((t, c) => t + c.pending + c.failed, 0);
      if (left === 0) break;
      if (performance.now() - started > deadlineMs) throw new Error(`soak: ${left} items still on the phones after ${deadlineMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const drainedAt = performance.now();
    stopped = true;

    const db = new Database(path.join(dataDir, 'qadam.db'), { readonly: true, fileMustExist: true });
    let rows;
    let distinct;
    let stored;
    try {
      rows = db.prepare('SELECT count(*) FROM feedback').pluck().get();
      distinct = db.prepare('SELECT count(DISTINCT id) FROM feedback').pluck().get();
      stored = new Set(db.prepare('SELECT id FROM feedback').pluck().all());
    } finally {
      db.close();
    }
    const counts = await Promise.all(fleet.map((p) => p.counts()));
    return {
      items: queued.length,
      phones,
      faultRate,
      timeoutMs,
      faults: { ...proxy.faults },
      faultsTotal: Object.values(proxy.faults).reduce((a, b) => a + b, 0),
      passed: proxy.passed(),
      drainMsAfterLastWrite: Math.round(drainedAt - lastWrite),
      totalMs: Math.round(drainedAt - started),
      rows,
      duplicates: rows - distinct,
      lost: queued.filter((id) => !stored.has(id)).length,
      unexpected: rows - queued.filter((id) => stored.has(id)).length,
      leftFailed: counts.reduce((t, c) => t + c.failed, 0),
    };
  } finally {
    stopped = true;
    wakeTimers.forEach(clearTimeout);
    await Promise.all(fleet.map((p) => p.close().catch(() => undefined)));
    await proxy.close();
    await server.close();
    fs.rmSync(emptyDist, { recursive: true, force: true });
  }
}

/** Loads the TypeScript phone module in plain Node, through Vite's module runner. */
export async function loadPhoneModule() {
  await import('fake-indexeddb/auto'); // before Dexie loads: phones' databases live in memory
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(PHONE_MODULE, {
    configFile: false,
    root,
    logLevel: 'warn',
    define: { __APP_VERSION__: JSON.stringify('soak') },
  });
  return module;
}

/** One line per figure, for `npm run bench`. */
export function describeSoak(r) {
  const kinds = Object.entries(r.faults).map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `items ${r.items.toLocaleString('en')}, phones ${r.phones}, fault rate ${Math.round(r.faultRate * 100)}% of /api requests (request and probe timeout ${r.timeoutMs} ms)`,
    `faults injected ${r.faultsTotal}: ${kinds}; requests passed ${r.passed}`,
    `time to drain after the last write   ${r.drainMsAfterLastWrite} ms   (whole run ${r.totalMs} ms)`,
    `duplicates ${r.duplicates}, lost ${r.lost}, left failed ${r.leftFailed}, rows ${r.rows}`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [items, phones] = process.argv.slice(2).map(Number);
  const { makePhone } = await loadPhoneModule();
  const result = await runSoak({ items: items || undefined, phones: phones || undefined, makePhone });
  for (const line of describeSoak(result)) console.log(line);
  process.exit(result.duplicates === 0 && result.lost === 0 && result.unexpected === 0 && result.leftFailed === 0 ? 0 : 1);
}
