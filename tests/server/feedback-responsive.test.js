// @vitest-environment node
// Issue 11 #10: while NGO staff export and summarise a big database, phones must still get
// answers. The real server on a real socket, 30,000 seeded rows: /api/health keeps answering
// quickly while the export streams and the summaries are computed (they run in a worker).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildServer } from '../../server/app.js';
import { seedFeedback } from '../../scripts/bench/feedback-seed.js';

const TOKEN = 'responsive-admin-token-0123456789';
const ROWS = 30_000;
let tmp = '';
/** @type {import('fastify').FastifyInstance} */
let app;
let url = '';

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qadam-responsive-'));
  fs.mkdirSync(path.join(tmp, 'dist'));
  fs.writeFileSync(path.join(tmp, 'dist', 'index.html'), '<!doctype html><title>Qadam</title>');
  seedFeedback(path.join(tmp, 'data', 'qadam.db'), ROWS);
  app = await buildServer({ distDir: path.join(tmp, 'dist'), dataDir: path.join(tmp, 'data'), logger: false, adminToken: TOKEN });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);
afterAll(async () => {
  await app?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** @param {string} p */
const admin = async (p) => {
  const res = await fetch(`${url}${p}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const text = await res.text();
  return { status: res.status, text };
};

describe('phones are answered while staff read a big database', () => {
  it('leaves the event loop free while a summary is computed (the query runs in the worker)', async () => {
    // Event-loop utilisation of this thread (server AND this test's client) while one summary
    // request is in flight. Before the fix the query ran here: the loop was busy the whole
    // time (utilisation near 1) and no phone could be answered meanwhile. Now this thread only
    // parses the request and sends the answer; it waits, idle, for the worker.
    await admin('/api/feedback/dashboard?from=2025-01-01&to=2025-01-07'); // starts the worker
    for (const p of ['/api/feedback/summary', '/api/feedback/dashboard?from=2025-01-01&to=2025-12-31']) {
      const utilisation = [];
      for (let i = 0; i < 3; i++) {
        const before = performance.eventLoopUtilization();
        const res = await admin(p);
        expect(res.status).toBe(200);
        utilisation.push(performance.eventLoopUtilization(before).utilization);
      }
      utilisation.sort();
      if (process.env.SHOW_LATENCY) console.log(p, utilisation);
      expect(utilisation[1], p).toBeLessThan(0.5);
    }
  }, 120_000);

  it('answers /api/health during a full export and repeated summaries', async () => {
    const work = (async () => {
      const exported = admin('/api/feedback/export?format=csv');
      for (let i = 0; i < 3; i++) {
        await admin('/api/feedback/summary');
        await admin('/api/feedback/dashboard?from=2025-01-01&to=2025-12-31');
      }
      return exported;
    })();
    let done = false;
    const stop = () => (done = true);
    work.then(stop, stop);
    /** @type {number[]} */
    const latencies = [];
    while (!done) {
      const t0 = performance.now();
      const res = await fetch(`${url}/api/health`);
      expect(res.status).toBe(200);
      await res.json();
      latencies.push(performance.now() - t0);
    }
    const exported = await work;
    expect(exported.status).toBe(200);
    expect(exported.text.split('\r\n').length - 2).toBe(ROWS); // header row and final CRLF
    latencies.sort((a, b) => a - b);
    if (process.env.SHOW_LATENCY) console.log({ probes: latencies.length, p50: latencies[latencies.length >> 1], max: latencies[latencies.length - 1] });
    // The latency goal (p99 < 50 ms) is measured by `npm run bench` on a quiet machine; here,
    // on a shared one, the check is that phones are answered all along: many probes, most
    // of them fast.
    expect(latencies.length).toBeGreaterThan(20);
    expect(latencies[latencies.length >> 1]).toBeLessThan(50);
  }, 120_000);
});
