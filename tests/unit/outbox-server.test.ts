// @vitest-environment node
// The phone's sending core against the REAL feedback server (Fastify + SQLite file): what
// the queue makes is stored, a resend is a duplicate and removes nothing twice, and the
// rows in SQLite match. No browser: Dexie runs on fake-indexeddb.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDb, type QadamDB } from '../../src/data/db';
import { sendPending } from '../../src/shared/outbox/send';
import { dexieOutbox } from '../../src/data/outbox/dexie-store';
import { deleteDbs, uniqueDbName } from './helpers/dexie-versions';

type Srv = { app: { close(): Promise<void> }; url: string; rows: (kind?: string) => number };
let srv: Srv;
let db: QadamDB;
let name: string;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qadam-outbox-'));
  const appPath = '../../server/app.js';
  const { buildServer } = (await import(/* @vite-ignore */ appPath)) as {
    buildServer: (o: object) => Promise<{ listen(o: object): Promise<string>; close(): Promise<void> }>;
  };
  const app = await buildServer({ distDir: dir, dataDir: dir, logger: false });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const sqlite = 'better-sqlite3';
  const { default: Database } = (await import(/* @vite-ignore */ sqlite)) as {
    default: new (f: string, o: object) => { prepare(s: string): { pluck(): { get(...a: unknown[]): number } }; close(): void };
  };
  const rows = (kind?: string) => {
    const ro = new Database(path.join(dir, 'qadam.db'), { readonly: true });
    try {
      return kind
        ? ro.prepare('SELECT count(*) FROM feedback WHERE kind = ?').pluck().get(kind)
        : ro.prepare('SELECT count(*) FROM feedback').pluck().get();
    } finally {
      ro.close();
    }
  };
  srv = { app, url, rows };
  name = uniqueDbName('outbox-server');
  db = openDb(name);
});
afterAll(async () => {
  db?.close();
  await deleteDbs([name]);
  await srv?.app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('delivers, then treats a forced resend as duplicates without new rows', async () => {
  const fetchImpl = ((url: string, init: RequestInit) => fetch(`${srv.url}${url}`, init)) as typeof fetch;
  const now = Date.now();
  const items = Array.from({ length: 130 }, (_, i) => {
    const id: string = crypto.randomUUID();
    const createdAt = new Date(now - (130 - i) * 1000).toISOString();
    return { id, state: 'pending' as const, createdAt, item: { id, kind: 'app', comment: `n${i}`, lang: 'ru', appVersion: 't', contentVersion: 'c', createdAt } };
  });
  items.push({
    ...items[0],
    id: crypto.randomUUID(),
    item: { ...items[0].item, id: 'not-a-uuid' },
  });
  await db.outbox.bulkAdd(items);
  expect(await sendPending(dexieOutbox(db), { fetchImpl })).toEqual({ status: 'done', delivered: 130, failed: 1 });
  expect(srv.rows()).toBe(130);
  const failed = await db.outbox.toArray();
  expect(failed.map((r) => [r.state, r.error])).toEqual([['failed', 'invalid: id: must be a UUID']]);

  // Put the sent records back, as if their answers had been lost: the resend is harmless.
  await db.outbox.clear();
  await db.outbox.bulkAdd(items.slice(0, 130));
  expect(await sendPending(dexieOutbox(db), { fetchImpl })).toEqual({ status: 'done', delivered: 130, failed: 0 });
  expect(srv.rows()).toBe(130);
  expect(await db.outbox.count()).toBe(0);
});
