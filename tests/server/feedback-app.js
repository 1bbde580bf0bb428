// Shared set-up for the dashboard tests: the real feedback plugin on a real SQLite file in a
// temp folder, with the admin routes on (their reads run in the real worker thread).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { expect } from 'vitest';
import { openDatabase } from '../../server/db.js';
import { feedbackRoutes } from '../../server/feedback/routes.js';

export const TOKEN = 'dashboard-admin-token-9c1e7a';
export const AUTH = { authorization: `Bearer ${TOKEN}` };

/**
 * @param {(() => Promise<void>)[]} cleanups  where to register the teardown
 * @param {{ logLines?: string[] }} [options]  collects the JSON log lines when given
 */
export async function makeFeedbackApp(cleanups, { logLines } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qadam-fb-dash-'));
  const file = path.join(dir, 'qadam.db');
  const db = openDatabase(file);
  const stream = logLines && new Writable({ write(chunk, _e, cb) { logLines.push(String(chunk)); cb(); } });
  const app = Fastify({ logger: stream ? { level: 'info', stream } : false });
  cleanups.push(async () => {
    await app.close().catch(() => {});
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  await app.register(feedbackRoutes, { db, adminToken: TOKEN, rateLimit: false });
  await app.ready();

  /** @param {unknown[]} items */
  const seed = async (items) => {
    for (let i = 0; i < items.length; i += 100) {
      const res = await app.inject({ method: 'POST', url: '/api/feedback', payload: { items: items.slice(i, i + 100) } });
      expect(res.statusCode).toBe(200);
      const bad = res.json().results.filter((/** @type {any} */ r) => r.status !== 'stored');
      expect(bad).toEqual([]);
    }
  };
  /** @param {string} url */
  const get = async (url) => {
    const res = await app.inject({ method: 'GET', url, headers: AUTH });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    return res.json();
  };
  return { app, db, dir, file, seed, get };
}

/** @param {Record<string, unknown>} over */
export const item = (over) => ({
  id: randomUUID(),
  kind: 'opened',
  lang: 'ru',
  appVersion: '0.1.0',
  contentVersion: 'c1',
  createdAt: '2026-01-10T10:00:00Z',
  ...over,
});
