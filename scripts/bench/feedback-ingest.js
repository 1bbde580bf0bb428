// Feedback ingest throughput over real HTTP: a Fastify server with the real
// plugin and a real SQLite file, fed full batches one after another the way a
// fleet of phones flushing their outboxes would. Goal: >= 5,000 items/s on 2 cores.
//
//   node scripts/bench/feedback-ingest.js [batches] [batchSize]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import Fastify from 'fastify';
import { openDatabase } from '../../server/db.js';
import { feedbackRoutes } from '../../server/feedback/routes.js';
import { LANGS } from '../../src/shared/langs.js';

const RUNS = 3;
const KINDS = ['article', 'checklist', 'point', 'app'];

/** A plausible item: about one in three carries a short comment. */
function makeItem(/** @type {number} */ i) {
  const kind = KINDS[i % KINDS.length];
  return {
    id: randomUUID(),
    kind,
    ...(kind === 'app' ? {} : { target: `${kind}-${i % 40}` }),
    ...(kind === 'point' ? { reason: 'wrong_hours' } : { rating: i % 5 ? 'up' : 'down' }),
    ...(i % 3 === 0 ? { comment: 'Мектепке тіркелу туралы ақпарат өте пайдалы болды, рақмет! 👍' } : {}),
    lang: LANGS[i % LANGS.length],
    appVersion: '0.1.0+bench',
    contentVersion: '2024-05-01',
    ...(i % 4 === 0 ? { src: 'qr-poster' } : {}),
    createdAt: new Date(Date.now() - i * 1000).toISOString(),
  };
}

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * @param {{ batches?: number, batchSize?: number }} [options]
 * @returns {Promise<{ itemsPerSecond_median: number, runs: { items: number, ms: number, itemsPerSecond: number }[] }>}
 */
export async function benchIngest({ batches = 50, batchSize = 100 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qadam-bench-feedback-'));
  const db = openDatabase(path.join(dir, 'qadam.db'));
  const app = Fastify({ logger: false });
  await app.register(feedbackRoutes, { db, adminToken: '', rateLimit: false });
  try {
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const url = `${address}/api/feedback`;

    /** @param {string} body */
    const post = async (body) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (res.status !== 200) throw new Error(`bench: HTTP ${res.status}: ${await res.text()}`);
      return /** @type {{ results: { status: string }[] }} */ (await res.json());
    };
    // Payloads are serialised before the clock starts: we time the server,
    // not the load generator.
    const payloads = (/** @type {number} */ count) =>
      Array.from({ length: count }, (_, b) => JSON.stringify({ items: Array.from({ length: batchSize }, (_, i) => makeItem(b * batchSize + i)) }));

    // Warm-up: JIT, statement caches, TCP keep-alive connection.
    for (const body of payloads(Math.min(5, batches))) await post(body);

    const runs = [];
    for (let r = 0; r < RUNS; r++) {
      const bodies = payloads(batches);
      const t0 = performance.now();
      let stored = 0;
      for (const body of bodies) {
        const { results } = await post(body);
        for (const x of results) if (x.status === 'stored') stored++;
      }
      const ms = performance.now() - t0;
      if (stored !== batches * batchSize) throw new Error(`bench: only ${stored} of ${batches * batchSize} items stored`);
      runs.push({ items: stored, ms: Math.round(ms), itemsPerSecond: Math.round((stored / ms) * 1000) });
    }
    return { itemsPerSecond_median: median(runs.map((x) => x.itemsPerSecond)), runs };
  } finally {
    await app.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [batches, batchSize] = process.argv.slice(2).map(Number);
  const result = await benchIngest({ batches: batches || undefined, batchSize: batchSize || undefined });
  for (const [i, run] of result.runs.entries()) {
    console.log(`run ${i + 1}: ${run.items} items in ${run.ms} ms = ${run.itemsPerSecond} items/s`);
  }
  console.log(`feedback ingest: ${result.itemsPerSecond_median} items/s (median of ${result.runs.length} runs, goal >= 5000)`);
}
