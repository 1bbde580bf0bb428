// `npm run bench`: the figures the issues ask for, as medians, on this machine.
// Load figures are measured through a slow-4G proxy (150 ms RTT, 1.6 Mbps) and the border
// profile (400 kbps, 400 ms RTT) with 4× CPU slowdown in fresh browser contexts, then
// Lighthouse (mobile). The script builds first. Flags: --no-build, --dist DIR, --no-lighthouse.
import path from 'node:path';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { homeRouteJsBytes, precacheBytes, swBytes, kitBytes } from './sizes.js';
import { benchAppLoad, benchHelpReadable } from './app-load.js';
import { BORDER } from './throttle-proxy.js';
import { benchLighthouse, printLighthouse } from './lighthouse.js';
import { benchIngest } from './feedback-ingest.js';
import { benchAdmin, printAdmin } from './feedback-admin.js';
import { benchSearch } from './search.js';
import { benchOutboxDelivery } from './outbox-delivery.js';
import { benchMap } from './map.js';
import { describeSoak, loadPhoneModule, runSoak } from './soak.js';

const root = path.resolve(import.meta.dirname, '../..');
// `--dist DIR` measures another build (e.g. an older version, for before/after figures).
const distFlag = process.argv.indexOf('--dist');
const dist = distFlag > 0 ? path.resolve(process.argv[distFlag + 1]) : path.join(root, 'dist');
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => `${Math.round(n)} ms`;
const runs = Number(process.env.BENCH_RUNS ?? 5);

if (!process.argv.includes('--no-build') && distFlag < 0) {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

console.log('\n== Sizes (gzip -9)');
const home = homeRouteJsBytes(dist, 'ru');
console.log(`home route initial JS      ${kib(home.gzip)}   (budget 120 KiB)`);
console.log(`precached shell            ${kib(precacheBytes(dist))}`);
console.log(`service worker (sw.js)     ${kib(swBytes(dist))}   (was 41 KiB with Dexie)`);
const packs = JSON.parse(fs.readFileSync(path.join(root, 'src/generated/packs.json'), 'utf8')).packs;
console.log(`content packs              ${Object.entries(packs).map(([l, p]) => `${l} ${kib(p.gzipBytes)}`).join(', ')}`);
console.log('one-file kits (raw, as Bluetooth sends them; limit 256 KiB)');
for (const k of kitBytes(dist)) console.log(`  ${k.file.padEnd(24)} ${kib(k.bytes)}   (${kib(k.gzip)} gzipped)`);

console.log(`\n== App load /ru/, slow 4G + 4x CPU, median of ${runs} fresh contexts`);
const load = await benchAppLoad({ distDir: dist, runs });
console.log(`first contentful paint, cold          ${ms(load.coldFcp)}   (goal 1,200 ms)`);
console.log(`largest contentful paint, cold        ${ms(load.coldLcp)}   (goal 1,800 ms)`);
console.log(`time until ready offline (cold)       ${ms(load.ready)}   (goal 5,000 ms)`);
console.log(`first contentful paint, warm offline  ${ms(load.warmOfflineFcp)}   (goal 300 ms)`);
console.log(`bytes transferred until ready         ${kib(load.bytes)}   (budget 300 KiB)`);

console.log(`\n== App load, border profile (400 kbps, 400 ms RTT, whole site) + 4x CPU, median of ${runs}`);
const border = await benchAppLoad({ distDir: dist, runs, profile: BORDER });
console.log(`first contentful paint, cold          ${ms(border.coldFcp)}`);
console.log(`time until ready offline (cold)       ${ms(border.ready)}   (goal 8,000 ms)`);
const help = await benchHelpReadable({ distDir: dist, runs, profile: BORDER });
console.log(`help page numbers readable, cold      ${ms(help.ms)}   (goal 2,500 ms)`);

console.log(`\n== Map, offline after a first visit, 4x CPU, median of ${runs}`);
const map = await benchMap({ distDir: dist, runs });
console.log(`map route ready offline                ${ms(map.readyOfflineMs)}`);
for (const [k, v] of Object.entries(map)) if (typeof v === 'number' && /bytes|Bytes|gzip/i.test(k)) console.log(`  ${k.padEnd(36)} ${kib(v)}`);

console.log('\n== Search latency, 4x CPU, every language (goal: p95 <= 20 ms)');
const search = await benchSearch({ distDir: dist });
for (const [lang, r] of Object.entries(search.perLang)) {
  console.log(`  ${lang}  p50 ${r.p50.toFixed(1)} ms   p95 ${r.p95.toFixed(1)} ms   (${r.n} queries)`);
}
console.log(`search latency, all languages        p50 ${search.p50.toFixed(1)} ms   p95 ${search.p95.toFixed(1)} ms`);

console.log('\n== Feedback ingest (real HTTP, real SQLite, batches of 100)');
const ingest = await benchIngest();
console.log(`ingest rate                           ${Math.round(ingest.itemsPerSecond_median)} items/s   (goal 5,000)`);

console.log('\n== Feedback admin: export and summaries on a big database (server process, real SQLite)');
printAdmin(await benchAdmin({ sizes: [100_000, 1_000_000], exportAt: 100_000 }));

console.log('\n== Outbox delivery (real app in Chromium, real server, loopback)');
const outbox = await benchOutboxDelivery({ items: 1000, runs: 3, distDir: dist });
console.log(`1,000 queued items delivered after reconnecting   ${ms(outbox.ms_median)}   (goal 5,000 ms)`);

console.log('\n== Outbox soak (simulated phones: the real outbox in Node, real server, random network faults)');
const soak = await runSoak({ items: 10_000, phones: 50, makePhone: (await loadPhoneModule()).makePhone });
for (const line of describeSoak(soak)) console.log(line);

if (!process.argv.includes('--no-lighthouse')) {
  console.log('\n== Lighthouse 12.2.3, mobile, default throttling, median of 3 (goals: 95 / 100 / 100)');
  printLighthouse(await benchLighthouse({ distDir: dist, runs: 3 }));
}
