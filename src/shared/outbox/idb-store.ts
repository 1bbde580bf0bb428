// The outbox over plain IndexedDB (the tiny `idb` wrapper), for the service worker: Dexie
// stays in the page, so the worker stays small. Same database and table as the page's Dexie
// schema (names in ./record.ts).
import { openDB, type IDBPDatabase } from 'idb';
import {
  DB_NAME,
  IN_FLIGHT_KEY,
  OUTBOX_STATE_INDEX,
  OUTBOX_STORE,
  SENT_AT_INDEX,
  SENT_KEEP_MS,
  SENT_STORE,
  SETTINGS_STORE,
  type OutboxRecord,
  type OutboxStore,
} from './record';

/**
 * Opens the existing database at whatever version the page's Dexie gave it. Null when the
 * page never created it (nothing can be queued then): the worker must not create it, or it
 * would hold an empty database at a version Dexie did not write.
 */
export async function openOutboxStore(): Promise<(OutboxStore & { close(): void }) | null> {
  let db: IDBPDatabase;
  try {
    db = await openDB(DB_NAME, undefined, {
      // Opening without a version creates a missing database: undo that at once.
      upgrade: (_db, oldVersion, _newVersion, tx) => {
        if (oldVersion !== 0) return;
        tx.done.catch(() => undefined); // the abort below is the point, not an error
        tx.abort();
      },
      // A newer page wants to upgrade the schema: let it, and open again next time.
      blocking: () => db.close(),
    });
  } catch {
    return null;
  }
  if (!db.objectStoreNames.contains(OUTBOX_STORE)) {
    db.close();
    return null;
  }
  return { ...idbStore(db), close: () => db.close() };
}

export function idbStore(db: IDBPDatabase): OutboxStore {
  /** One more try without a definite answer, on each of these records that is still here. */
  async function countTry(ids: string[]): Promise<void> {
    const tx = db.transaction(OUTBOX_STORE, 'readwrite');
    await Promise.all([
      ...ids.map(async (id) => {
        const record = (await tx.store.get(id)) as OutboxRecord | undefined;
        if (record) await tx.store.put({ ...record, tries: (record.tries ?? 0) + 1 });
      }),
      tx.done,
    ]);
  }
  return {
    async pending() {
      return (await db.getAllFromIndex(OUTBOX_STORE, OUTBOX_STATE_INDEX, 'pending')) as OutboxRecord[];
    },
    async beginTry(ids) {
      const tx = db.transaction(SETTINGS_STORE, 'readwrite');
      const left = ((await tx.store.get(IN_FLIGHT_KEY)) as { value?: unknown } | undefined)?.value;
      await Promise.all([tx.store.put({ key: IN_FLIGHT_KEY, value: ids }), tx.done]);
      if (Array.isArray(left) && left.length > 0) await countTry(left as string[]);
    },
    async endTry(ids, uncertain) {
      if (uncertain) await countTry(ids);
      await db.delete(SETTINGS_STORE, IN_FLIGHT_KEY);
    },
    async settle(done, refused) {
      // A new worker can run before a new page has upgraded the database to version 3:
      // then there is no `sent` table yet, and confirmed items are only deleted.
      const withSent = db.objectStoreNames.contains(SENT_STORE);
      const tx = db.transaction(withSent ? [OUTBOX_STORE, SETTINGS_STORE, SENT_STORE] : [OUTBOX_STORE, SETTINGS_STORE], 'readwrite');
      const outbox = tx.objectStore(OUTBOX_STORE);
      const at = Date.now();
      const remember = async () => {
        if (!withSent) return;
        const sent = tx.objectStore(SENT_STORE);
        await Promise.all(done.map((id) => sent.put({ id, at })));
        let old = await sent.index(SENT_AT_INDEX).openCursor(IDBKeyRange.upperBound(at - SENT_KEEP_MS, true));
        while (old) {
          await old.delete();
          old = await old.continue();
        }
      };
      await Promise.all([
        ...done.map((id) => outbox.delete(id)),
        tx.objectStore(SETTINGS_STORE).delete(IN_FLIGHT_KEY), // the answer is in
        remember(),
        ...refused.map(async ({ id, reason }) => {
          const record = (await outbox.get(id)) as OutboxRecord | undefined;
          if (record) await outbox.put({ ...record, state: 'failed', error: reason, final: true });
        }),
        tx.done,
      ]);
    },
  };
}
