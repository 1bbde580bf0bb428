// @vitest-environment node
// The database file: created on first start, migrated once, WAL, survives
// restarts; and the rate-limit key that must not reveal the client's IP.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { openDatabase } from '../../server/db.js';
import { migrate, migrations } from '../../server/migrations.js';
import { feedbackRoutes } from '../../server/feedback/routes.js';
import { createClientKeyGenerator, SECRET_LIFETIME_MS } from '../../server/feedback/client-key.js';

/** @type {string[]} */
const dirs = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qadam-fb-db-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** @param {import('better-sqlite3').Database} db */
const version = (db) => db.pragma('user_version', { simple: true });

describe('openDatabase', () => {
  it('creates missing folders and the file, in WAL mode with synchronous=NORMAL', () => {
    const file = path.join(tempDir(), 'nested', 'data', 'qadam.db');
    const db = openDatabase(file);
    try {
      expect(fs.existsSync(file)).toBe(true);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(1); // 1 = NORMAL
      expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
      expect(version(db)).toBe(migrations.length);
      const cols = db.prepare("SELECT name FROM pragma_table_info('feedback')").pluck().all();
      expect(cols).toContain('content_hash');
      expect(cols.some((c) => /ip|agent/i.test(String(c)))).toBe(false);
    } finally {
      db.close();
    }
  });

  it('keeps data and does not re-run migrations when the same file is opened again', async () => {
    const file = path.join(tempDir(), 'qadam.db');
    const id = randomUUID();
    {
      const db = openDatabase(file);
      const app = Fastify({ logger: false });
      await app.register(feedbackRoutes, { db, rateLimit: false });
      const res = await app.inject({
        method: 'POST',
        url: '/api/feedback',
        payload: { items: [{ id, kind: 'app', lang: 'tg', appVersion: '1', contentVersion: '1', createdAt: new Date().toISOString(), comment: 'Ташаккур' }] },
      });
      expect(res.json().results[0].status).toBe('stored');
      await app.close();
      db.close();
    }
    for (let i = 0; i < 2; i++) {
      // A migration that ran again would throw "table feedback already exists".
      const db = openDatabase(file);
      try {
        expect(version(db)).toBe(migrations.length);
        expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
        expect(db.prepare('SELECT comment FROM feedback WHERE id = ?').pluck().get(id)).toBe('Ташаккур');
        expect(db.prepare('SELECT count(*) FROM feedback').pluck().get()).toBe(1);
      } finally {
        db.close();
      }
    }
  });

  it('applies only the migrations that are new, each exactly once', () => {
    const file = path.join(tempDir(), 'qadam.db');
    let extraRuns = 0;
    const next = migrations.length + 1;
    const v2 = { version: next, name: 'add note table', up: 'CREATE TABLE note (x TEXT);' };
    openDatabase(file).close();
    const db = openDatabase(file, { migrations: [...migrations, v2] });
    try {
      expect(version(db)).toBe(next);
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'note'").pluck().get()).toBe(1);
      const again = migrate(db, [...migrations, { ...v2, get up() { extraRuns++; return v2.up; } }]);
      expect(again).toEqual({ from: next, to: next, applied: [] });
      expect(extraRuns).toBe(0);
    } finally {
      db.close();
    }
  });

  it('refuses a database written by a newer schema instead of touching it', () => {
    const file = path.join(tempDir(), 'qadam.db');
    const db = openDatabase(file);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openDatabase(file)).toThrow(/newer/);
  });

  it('rolls back a failing migration completely', () => {
    const file = path.join(tempDir(), 'qadam.db');
    openDatabase(file).close();
    const broken = { version: migrations.length + 1, name: 'broken', up: 'CREATE TABLE half (x TEXT); SELECT * FROM no_such_table;' };
    expect(() => openDatabase(file, { migrations: [...migrations, broken] })).toThrow(/no_such_table/);
    const db = openDatabase(file);
    try {
      expect(version(db)).toBe(migrations.length);
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});

describe('rate-limit client key', () => {
  it('is stable per client within a day, differs between clients, and never contains the IP', () => {
    const key = createClientKeyGenerator();
    const a = key({ ip: '203.0.113.42' });
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(key({ ip: '203.0.113.42' })).toBe(a);
    expect(key({ ip: '203.0.113.43' })).not.toBe(a);
    // Hex digits only, so the dotted address cannot be in it; nor are its four bytes
    // (cb 00 71 2a) written out as hex. (An octet like "203" can appear by chance.)
    expect(a).not.toContain('cb00712a');
    // IPv4-mapped IPv6 is the same client; addresses in one /64 are one client.
    expect(key({ ip: '::ffff:203.0.113.42' })).toBe(a);
    expect(key({ ip: '2001:db8:1:2::1' })).toBe(key({ ip: '2001:db8:1:2:ffff::9' }));
  });

  it('cannot be linked across processes or across the 24 h rotation', () => {
    let now = 1_000_000;
    const key = createClientKeyGenerator({ now: () => now });
    const day1 = key({ ip: '203.0.113.42' });
    expect(createClientKeyGenerator()({ ip: '203.0.113.42' })).not.toBe(day1);
    now += SECRET_LIFETIME_MS - 1;
    expect(key({ ip: '203.0.113.42' })).toBe(day1);
    now += 1;
    const day2 = key({ ip: '203.0.113.42' });
    expect(day2).not.toBe(day1);
    expect(key({ ip: '203.0.113.42' })).toBe(day2);
  });
});
