// NGO staff load on a big database, and what the phones feel meanwhile: /api/health latency
// while an export of 100,000 rows streams, and the dashboard summary's time at 100,000 and
// 1,000,000 rows with health latency during it. Goals: health p99 < 50 ms, summary < 300 ms.
//
// The server runs as its own process (node server/index.js, as in production) on a seeded
// real SQLite file; the export is downloaded by another process, so neither the download nor
// the probe shares an event loop with the server.
//
//   node scripts/bench/feedback-admin.js [rows ...]     (default: 100000 1000000)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { seedFeedback } from './feedback-seed.js';
import { createQueries } from '../../server/feedback/queries/index.js';

const root = path.resolve(import.meta.dirname, '../..');
const TOKEN = 'bench-admin-token-0123456789abcdef';
const RANGE = 'from=2025-01-01&to=2025-12-31&tz=Asia%2FAlmaty';
const SUMMARY_RUNS = 5;

/** @param {number[]} xs @param {number} p 0..1 */
const quantile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : NaN;
};
const median = (/** @type {number[]} */ xs) => quantile(xs, 0.5);

async function freePort() {
  const srv = net.createServer();
  await new Promise((r) => srv.listen(0, '127.0.0.1', () => r(undefined)));
  const { port } = /** @type {net.AddressInfo} */ (srv.address());
  await new Promise((r) => srv.close(() => r(undefined)));
  return port;
}

/**
 * The dashboard query alone, in this process on a read-only connection: wall time and the
 * CPU time it used. On a busy shared machine wall time includes waiting for a core; CPU
 * time is what the query itself costs.
 * @param {string} file
 */
function queryCost(file) {
  const db = new Database(file, { readonly: true });
  try {
    const q = createQueries(db);
    const args = { from: '2025-01-01', to: '2025-12-31', tz: 'Asia/Almaty' };
    q.dashboard(args); // warm-up: statements, page cache
    const wall = [];
    const cpu = [];
    for (let i = 0; i < SUMMARY_RUNS; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      q.dashboard(args);
      const c = process.cpuUsage(c0);
      wall.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
    }
    return { wall: median(wall), cpu: median(cpu) };
  } finally {
    db.close();
  }
}

/** @param {string} dataDir */
async function startServer(dataDir) {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'qadam-bench-dist-'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Qadam</title>');
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'server/index.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', QADAM_DIST: dist, QADAM_DATA: dataDir, QADAM_ADMIN_TOKEN: TOKEN, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`bench: server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: async () => {
      process.off('exit', kill);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      fs.rmSync(dist, { recursive: true, force: true });
    },
  };
}

/**
 * Probes /api/health every 10 ms until `until` settles; returns the latencies (ms).
 * @param {string} url @param {Promise<unknown>} until
 */
async function probeHealth(url, until) {
  let done = false;
  const stop = () => (done = true);
  until.then(stop, stop); // a failure is reported by whoever awaits `until`
  /** @type {number[]} */
  const ms = [];
  while (!done) {
    const t0 = performance.now();
    const res = await fetch(`${url}/api/health`);
    await res.json();
    if (!res.ok) throw new Error(`bench: health answered ${res.status}`);
    ms.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 10));
  }
  return ms;
}

/** Downloads the CSV export in a separate process. @param {string} url */
function downloadExport(url) {
  const code = `
    const t0 = performance.now();
    const res = await fetch(${JSON.stringify(`${url}/api/feedback/export?format=csv`)}, { headers: { authorization: 'Bearer ${TOKEN}' } });
    let bytes = 0, lines = 0;
    for await (const chunk of res.body) { bytes += chunk.length; for (const b of chunk) if (b === 10) lines++; }
    console.log(JSON.stringify({ status: res.status, bytes, rows: lines - 1, ms: performance.now() - t0 }));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (status) => (status === 0 ? resolve(JSON.parse(out)) : reject(new Error(`bench: export download exited ${status}`))));
  });
}

/** @param {string} url @param {string} pathAndQuery */
async function timedAdminGet(url, pathAndQuery) {
  const t0 = performance.now();
  const res = await fetch(`${url}${pathAndQuery}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const body = await res.json();
  if (!res.ok) throw new Error(`bench: ${pathAndQuery} answered ${res.status}: ${JSON.stringify(body)}`);
  return { ms: performance.now() - t0, body };
}

/**
 * @param {{ sizes?: number[], exportAt?: number }} [options]
 */
export async function benchAdmin({ sizes = [100_000, 1_000_000], exportAt = 100_000 } = {}) {
  const results = [];
  for (const rows of sizes) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qadam-bench-admin-'));
    try {
      const seeded = seedFeedback(path.join(dataDir, 'qadam.db'), rows);
      const cost = queryCost(path.join(dataDir, 'qadam.db'));
      const server = await startServer(dataDir);
      try {
        /** @type {Record<string, any>} */
        const r = { rows, seedMs: seeded.ms, dbBytes: fs.statSync(path.join(dataDir, 'qadam.db')).size, cost };
        // Warm-up: worker start, page cache.
        await timedAdminGet(server.url, `/api/feedback/dashboard?${RANGE}`);
        r.healthIdle = await probeHealth(server.url, new Promise((res) => setTimeout(res, 1000)));

        if (rows === exportAt) {
          const download = downloadExport(server.url);
          const health = await probeHealth(server.url, download);
          r.export = await download;
          r.healthDuringExport = health;
        }

        const summaryRuns = (async () => {
          const dash = [];
          const legacy = [];
          for (let i = 0; i < SUMMARY_RUNS; i++) {
            const d = await timedAdminGet(server.url, `/api/feedback/dashboard?${RANGE}`);
            // The seeded year in UTC; Almaty's year starts 5 h earlier, so a few rows fall outside.
            if (d.body.totals.items < rows * 0.99) throw new Error(`bench: dashboard counted ${d.body.totals.items} of ${rows} rows`);
            dash.push(d.ms);
            legacy.push((await timedAdminGet(server.url, '/api/feedback/summary')).ms);
          }
          return { dash, legacy };
        })();
        r.healthDuringSummary = await probeHealth(server.url, summaryRuns);
        r.summary = await summaryRuns;
        results.push(r);
      } finally {
        await server.stop();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return results.map((r) => ({
    rows: r.rows,
    seedMs: r.seedMs,
    dbMiB: r.dbBytes / 2 ** 20,
    healthIdleP99: quantile(r.healthIdle, 0.99),
    ...(r.export && {
      exportMs: r.export.ms,
      exportRows: r.export.rows,
      exportMiB: r.export.bytes / 2 ** 20,
      healthDuringExport: { n: r.healthDuringExport.length, p50: median(r.healthDuringExport), p99: quantile(r.healthDuringExport, 0.99), max: Math.max(...r.healthDuringExport) },
    }),
    dashboardMs: { median: median(r.summary.dash), max: Math.max(...r.summary.dash) },
    dashboardQuery: r.cost,
    legacySummaryMs: { median: median(r.summary.legacy), max: Math.max(...r.summary.legacy) },
    healthDuringSummary: { n: r.healthDuringSummary.length, p50: median(r.healthDuringSummary), p99: quantile(r.healthDuringSummary, 0.99), max: Math.max(...r.healthDuringSummary) },
  }));
}

/** @param {Awaited<ReturnType<typeof benchAdmin>>} results */
export function printAdmin(results) {
  const f = (/** @type {number} */ n) => `${n.toFixed(1)} ms`;
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores (a busy machine inflates every wall time)`);
  for (const r of results) {
    console.log(`${r.rows.toLocaleString('en')} rows (seeded in ${(r.seedMs / 1000).toFixed(1)} s, ${r.dbMiB.toFixed(0)} MiB); health p99 idle ${f(r.healthIdleP99)}`);
    if (r.healthDuringExport) {
      const h = r.healthDuringExport;
      console.log(`  export CSV ${r.exportRows.toLocaleString('en')} rows, ${r.exportMiB.toFixed(1)} MiB in ${(r.exportMs / 1000).toFixed(2)} s`);
      console.log(`  health during export        p50 ${f(h.p50)}  p99 ${f(h.p99)}  max ${f(h.max)}  (${h.n} probes; goal p99 < 50 ms)`);
    }
    console.log(`  dashboard summary, 1 year   median ${f(r.dashboardMs.median)}  max ${f(r.dashboardMs.max)}  over HTTP (goal < 300 ms)`);
    console.log(`    the query alone           median ${f(r.dashboardQuery.wall)}  using ${f(r.dashboardQuery.cpu)} of CPU`);
    console.log(`  old summary (all time)      median ${f(r.legacySummaryMs.median)}  max ${f(r.legacySummaryMs.max)}`);
    const h = r.healthDuringSummary;
    console.log(`  health during summaries     p50 ${f(h.p50)}  p99 ${f(h.p99)}  max ${f(h.max)}  (${h.n} probes; goal p99 < 50 ms)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  printAdmin(await benchAdmin(sizes.length ? { sizes, exportAt: sizes[0] } : undefined));
}
