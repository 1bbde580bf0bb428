// Fills a real SQLite file with plausible feedback, fast, for the admin benchmarks and the
// responsiveness test: plain SQL inserts of the rows, then the summary counters computed from
// them with one GROUP BY per rollup table (what ingest would have counted one by one; the
// counters test checks the two agree).
//
//   node scripts/bench/feedback-seed.js <file> [rows]
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../server/db.js';
import { contentHash } from '../../server/feedback/canonical.js';
import { searchKey } from '../../server/feedback/store.js';
import { RUNNING_COLUMNS } from '../../server/feedback/quarters.js';
import { TABLES } from '../../server/feedback/queries/counters.js';

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
  const insert = db.prepare(`
    INSERT INTO feedback (id, kind, target, rating, reason, comment, lang, app_version, content_version, src,
                          created_at, received_at, received_day, content_hash, search_key)
    VALUES (@id, @kind, @target, @rating, @reason, @comment, @lang, @appVersion, @contentVersion, @src,
            @createdAt, @receivedAt, @receivedDay, @hash, @searchKey)`);
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
  // Seeding only: a big page cache, and the secondary indexes built once at the end instead
  // of updated row by row.
  db.pragma('cache_size = -262144');
  // No journal while seeding (a crash just means seeding again); back to WAL at the end.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  const indexes = /** @type {{ name: string, sql: string }[]} */ (
    db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'feedback' AND sql IS NOT NULL").all()
  );
  for (const { name } of indexes) db.exec(`DROP INDEX ${name}`);
  try {
    const batch = db.transaction((/** @type {number} */ n) => {
      for (let i = 0; i < n; i++) {
        const kind = kindOf();
        const ms = start + Math.floor(rnd() * days * 86_400_000);
        const createdAt = new Date(ms).toISOString();
        // Arrives up to a day later, to the second.
        const receivedAt = new Date(Math.floor((ms + rnd() * 86_400_000) / 1000) * 1000).toISOString();
        /** @type {Record<string, any>} */
        const it = { id: randomUUID(), kind, lang: pick(LANGS), appVersion: '0.1.0+bench', contentVersion: 'c0ffee1234', createdAt };
        if (rnd() < 0.7) it.src = `leaflet-${Math.floor(rnd() * 20)}`;
        if (kind === 'article') Object.assign(it, { target: `article-${Math.floor(rnd() * 40)}`, rating: rnd() < 0.7 ? 'up' : 'down' });
        if (kind === 'checklist') Object.assign(it, { target: `checklist-${Math.floor(rnd() * 12)}`, rating: rnd() < 0.7 ? 'up' : 'down' });
        if (kind === 'point') Object.assign(it, { target: `point-${Math.floor(rnd() * 300)}`, reason: pick(REASONS) });
        if (kind === 'app') it.rating = rnd() < 0.5 ? 'up' : 'down';
        if (kind === 'search') it.comment = pick(SEARCHES);
        else if ((kind === 'article' || kind === 'point' || kind === 'app') && rnd() < 0.3) it.comment = 'Мектепке тіркелу туралы ақпарат пайдалы болды, рақмет!';
        insert.run({
          target: null, rating: null, reason: null, comment: null, src: null, ...it,
          receivedAt, receivedDay: receivedAt.slice(0, 10), hash: contentHash(/** @type {any} */ (it)),
          searchKey: kind === 'search' ? searchKey(it.comment) : null,
        });
      }
    });
    for (let done = 0; done < rows; done += 10_000) batch(Math.min(10_000, rows - done));
    for (const { sql } of indexes) db.exec(sql);
    fillCounters(db);
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
  return { rows, ms: Math.round(performance.now() - t0) };
}

/**
 * Recomputes every rollup table from the feedback rows.
 * @param {import('better-sqlite3').Database} db
 */
export function fillCounters(db) {
  const quarterOf = '((CAST(substr(created_at, 12, 2) AS INTEGER) * 60 + CAST(substr(created_at, 15, 2) AS INTEGER)) / 15)';
  db.transaction(() => {
    for (const [table, { keys, rowFilter }] of Object.entries(TABLES)) {
      const names = Object.keys(keys);
      const exprs = Object.values(keys);
      db.exec(`DELETE FROM ${table}`);
      // Count per quarter hour first (one pass over the rows), then add up the running totals.
      db.exec(`INSERT INTO ${table} (day, ${names.join(', ')}, n, ${RUNNING_COLUMNS.join(', ')})
               SELECT day, ${names.join(', ')}, sum(c), ${RUNNING_COLUMNS.map((_, i) => `sum(c * (q < ${i + 1}))`).join(', ')}
               FROM (SELECT substr(created_at, 1, 10) AS day, ${exprs.map((e, i) => `${e} AS ${names[i]}`).join(', ')}, ${quarterOf} AS q, count(*) AS c
                     FROM feedback WHERE ${rowFilter} GROUP BY 1, ${exprs.join(', ')}, q)
               GROUP BY day, ${names.join(', ')}`);
      db.exec(`DELETE FROM ${table}_month`);
      db.exec(`INSERT INTO ${table}_month (month, ${names.join(', ')}, n)
               SELECT substr(day, 1, 7), ${names.join(', ')}, sum(n) FROM ${table} GROUP BY 1, ${names.join(', ')}`);
    }
  })();
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
