// One queued feedback item, as stored in the `outbox` table of the phone's IndexedDB
// database. The page writes it through Dexie (src/data/db.ts declares the table with these
// names); the service worker reads and settles it with plain IndexedDB (./idb-store.ts).
// The names below are the one place both sides take them from.
export const DB_NAME = 'qadam';
export const OUTBOX_STORE = 'outbox';
/** Index on `state`, declared by the Dexie schema (src/data/db.ts, version 2). */
export const OUTBOX_STATE_INDEX = 'state';

export type OutboxState = 'pending' | 'failed';

export interface OutboxRecord {
  id: string; // client-made UUID: the server stores each id once
  state: OutboxState;
  item: Record<string, unknown>; // exactly what POST /api/feedback receives
  createdAt: string;
  error?: string; // why the server refused it (state 'failed')
}

/** What the sending core needs from storage: the page gives it Dexie, the worker plain IndexedDB. */
export interface OutboxStore {
  /** Every pending record (any order). */
  pending(): Promise<OutboxRecord[]>;
  /** In one transaction: delete what the server confirmed, mark failed what it refused for good. */
  settle(done: string[], refused: { id: string; reason: string }[]): Promise<void>;
}
