// The feedback API alone (server/feedback/routes.js) over a fresh SQLite file, for the server
// tests: each test gets its own database and temporary folder, removed after it.
import { afterEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../server/db.js';
import { feedbackRoutes } from '../../server/feedback/routes.js';

/** @type {(() => Promise<void>)[]} */
const cleanups = [];
afterEach(async () => {
  while (cleanups.length) await /** @type {() => Promise<void>} */ (cleanups.pop())();
});

/**
 * @param {{ name: string, adminToken?: string, rateLimit?: { max: number, timeWindow: number } | false, logger?: any }} opts
 *   name: the temporary folder's prefix, so a leftover folder says which suite left it
 */
export async function feedbackApi({ name, adminToken = 'test-admin-token-0123456789', rateLimit = false, logger = false }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `qadam-fb-${name}-`));
  const db = openDatabase(path.join(dir, 'qadam.db'));
  const app = Fastify({ logger });
  // Registered before anything can throw, so no temp dir is left behind.
  cleanups.push(async () => {
    await app.close().catch(() => {});
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  await app.register(feedbackRoutes, { db, adminToken, rateLimit });
  await app.ready();
  return {
    app,
    db,
    /** @returns {number} */
    count: () => /** @type {number} */ (db.prepare('SELECT count(*) FROM feedback').pluck().get()),
    /** @param {string} id */
    row: (id) => db.prepare('SELECT * FROM feedback WHERE id = ?').get(id),
    /** POST items; the request itself must succeed. @param {unknown[]} items */
    async send(items) {
      const res = await app.inject({ method: 'POST', url: '/api/feedback', payload: { items } });
      if (res.statusCode !== 200) throw new Error(`POST /api/feedback answered ${res.statusCode}: ${res.body}`);
      return /** @type {{ id: string | null, status: string, error?: string }[]} */ (res.json().results);
    },
  };
}

/** A valid article rating, as a phone sends it; `over` changes or removes (undefined) fields. */
export const articleItem = (/** @type {Record<string, unknown>} */ over = {}) => ({
  id: randomUUID(),
  kind: 'article',
  target: 'school-enrolment',
  rating: 'up',
  lang: 'ru',
  appVersion: '0.1.0+abc',
  contentVersion: '2024-05-01',
  createdAt: new Date(Date.now() - 60_000).toISOString(),
  ...over,
});

/** A valid general ("app") rating, as a phone sends it. */
export const appItem = (/** @type {Record<string, unknown>} */ over = {}) => ({
  id: randomUUID(),
  kind: 'app',
  rating: 'up',
  lang: 'kk',
  appVersion: '0.1.0',
  contentVersion: 'c1',
  createdAt: new Date().toISOString(),
  ...over,
});
