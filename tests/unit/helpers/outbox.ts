// Shared pieces of the outbox unit tests: records shaped as queue.ts stores them, answers
// shaped as the real server gives them, an injected fetch that records what it was sent,
// and a sync with timers the test fires by hand. Real Dexie over fake-indexeddb.
import { expect, vi } from 'vitest';
import type { OutboxRecord, QadamDB } from '../../../src/data/db';
import { createOutboxSync, type SyncDeps } from '../../../src/data/outbox/sync';

export const T0 = Date.parse('2026-03-01T10:00:00Z');
let seq = 0;
export function record(secondsAfterT0: number, extra: Record<string, unknown> = {}): OutboxRecord {
  seq += 1;
  const id = `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
  const createdAt = new Date(T0 + secondsAfterT0 * 1000).toISOString();
  const item = { id, kind: 'app', comment: `item ${secondsAfterT0}`, lang: 'ru', appVersion: 'test', contentVersion: 'c1', createdAt, ...extra };
  return { id, state: 'pending', item, createdAt };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
export const html = (status: number, text: string) => new Response(`<!doctype html><html><body>${text}</body></html>`, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });

export type Item = { id: string; [k: string]: unknown };
export const answer = (items: Item[], status: (item: Item, i: number) => string | [string, string] = () => 'stored') =>
  json(200, {
    results: items.map((item, i) => {
      const s = status(item, i);
      return Array.isArray(s) ? { id: item.id, status: s[0], error: s[1] } : { id: item.id, status: s };
    }),
  });

/** An injected fetch that records what it was sent and answers with `handler`. */
export function server(handler: (items: Item[], call: number, init?: RequestInit) => Response | Promise<Response>) {
  const batches: Item[][] = [];
  const fetchImpl = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    const items = JSON.parse(String(init?.body)).items as Item[];
    batches.push(items);
    return handler(items, batches.length, init);
  });
  return { fetchImpl: fetchImpl as unknown as typeof fetch, mock: fetchImpl, batches };
}

/** A sync over `db` whose retry timers are only recorded: the test fires them. */
export function makeSync(db: QadamDB, fetchImpl: typeof fetch, extra: Partial<SyncDeps> = {}) {
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const sync = createOutboxSync({
    getDb: async () => db,
    fetchImpl,
    probe: async () => 'online',
    random: () => 0,
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (h) => {
      (h as { cleared: boolean }).cleared = true;
    },
    ...extra,
  });
  const pendingTimers = () => timers.filter((t) => !t.cleared);
  return { sync, timers, pendingTimers };
}
