// Fills a real SQLite file with plausible feedback, fast, for the admin benchmarks and the
// responsiveness test. Goes through the store's own write path (rows AND summary counters in
// one transaction per 10,000 items), skipping only HTTP and validation.
//
//   node scripts/bench/feedback-seed.js <file> [rows]
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../server/db.js';
import { createFeedbackStore } from '../../server/feedback/store.js';

const LANGS = ['ru', 'kk', 'uz', 'ky', 'tg', 'en'];
// Most items are the two anonymous pings; feedback a person gave is the smaller part.
const KINDS = [
  ['opened', 35], ['activation', 25], ['article', 12], ['checklist', 6], ['point', 8], ['app', 4], ['search', 10],
];
const REASONS = ['closed', 'wrong_phone', 'wrong_hours', 'wrong_place', 'other'];
const SEARCHES = Array.from({ length: 500 }, (_, i) => `запрос ${i % 50} ${['патент', 'школа', 'виза', 'регистрация', 'Patent'][i % 5]}`);

/** Deterministic pseudo-random numbers: every run seeds the same data. @param {number} seed */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

/**
 * @param {string} file database file (created if missing)
 * @param {number} rows
 * @param {{ from?: string, days?: number }} [options] createdAt spread uniformly over `days` from `from`
 * @returns {{ rows: number, ms: number }}
 */
export function seedFeedback(file, rows, { from = '2025-01-01T00:00:00Z', days = 365 } = {}) {
  const db = openDatabase(file);
  const store = createFeedbackStore(db);
  const rnd = random(rows);
  const pick = (/** @type {readonly any[]} */ xs) => xs[Math.floor(rnd() * xs.length)];
  const totalWeight = KINDS.reduce((n, [, w]) => n + Number(w), 0);
  const kindOf = () => {
    let x = rnd() * totalWeight;
    for (const [k, w] of KINDS) if ((x -= Number(w)) < 0) return String(k);
    return 'opened';
  };
  const start = Date.parse(from);
  const t0 = performance.now();
  try {
    for (let done = 0; done < rows; ) {
      const n = Math.min(10_000, rows - done);
      /** @type {import('../../server/feedback/schema.js').ItemCheck[]} */
      const checks = [];
      for (let i = 0; i < n; i++) {
        const kind = kindOf();
        const createdAt = new Date(start + Math.floor(rnd() * days * 86_400_000)).toISOString();
        /** @type {Record<string, unknown>} */
        const it = { id: randomUUID(), kind, lang: pick(LANGS), appVersion: '0.1.0+bench', contentVersion: 'c0ffee1234', createdAt };
        if (rnd() < 0.7) it.src = `leaflet-${Math.floor(rnd() * 20)}`;
        if (kind === 'article') Object.assign(it, { target: `article-${Math.floor(rnd() * 40)}`, rating: rnd() < 0.7 ? 'up' : 'down' });
        if (kind === 'checklist') Object.assign(it, { target: `checklist-${Math.floor(rnd() * 12)}`, rating: rnd() < 0.7 ? 'up' : 'down' });
        if (kind === 'point') Object.assign(it, { target: `point-${Math.floor(rnd() * 300)}`, reason: pick(REASONS) });
        if (kind === 'app') it.rating = rnd() < 0.5 ? 'up' : 'down';
        if (kind === 'search') it.comment = pick(SEARCHES);
        else if ((kind === 'article' || kind === 'point' || kind === 'app') && rnd() < 0.3) it.comment = 'Мектепке тіркелу туралы ақпарат пайдалы болды, рақмет!';
        checks.push({ ok: true, item: /** @type {any} */ (it), storedCreatedAt: createdAt });
      }
      store.ingest(checks, new Date(start + days * 86_400_000));
      done += n;
    }
  } finally {
    db.close();
  }
  return { rows, ms: Math.round(performance.now() - t0) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [file, rows] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node scripts/bench/feedback-seed.js <file> [rows]');
    process.exit(2);
  }
  const r = seedFeedback(file, Number(rows) || 100_000);
  console.log(`seeded ${r.rows} rows in ${r.ms} ms`);
}
