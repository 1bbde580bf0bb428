// The outbox seen through the page's Dexie database, for the shared sending core
// (src/shared/outbox/send.ts). Writing through Dexie (not plain IndexedDB) is what lets the
// page's live queries (the "waiting to send" list, "Sent") see each change at once.
import type { ObservabilitySet } from 'dexie';
import { IN_FLIGHT_KEY, SENT_KEEP_MS, type OutboxStore } from '../../shared/outbox/record';
import type { QadamDB } from '../db';

/** One more try without a definite answer, on each of these records that is still here. */
function countTry(db: QadamDB, ids: string[]): Promise<void> {
  return db.transaction('rw', db.outbox, async () => {
    const records = (await db.outbox.bulkGet(ids)).filter((r) => r !== undefined);
    await db.outbox.bulkPut(records.map((r) => ({ ...r, tries: (r.tries ?? 0) + 1 })));
  });
}

export function dexieOutbox(db: QadamDB): OutboxStore {
  return {
    pending: () => db.outbox.where('state').equals('pending').toArray(),
    // Nothing is written to the outbox records on the happy path: only this one small note
    // in `settings`, which no live query of the outbox watches. (Counting a try on 100
    // records before every request doubled the time to deliver 1,000 items in Chromium.)
    beginTry: async (ids) => {
      const stale = await db.transaction('rw', db.settings, async () => {
        const left = (await db.settings.get(IN_FLIGHT_KEY))?.value;
        await db.settings.put({ key: IN_FLIGHT_KEY, value: ids });
        return Array.isArray(left) ? (left as string[]) : [];
      });
      if (stale.length > 0) await countTry(db, stale);
    },
    endTry: async (ids, uncertain) => {
      if (uncertain) await countTry(db, ids);
      await db.settings.delete(IN_FLIGHT_KEY);
    },
    settle: (done, refused) =>
      db.transaction('rw', db.outbox, db.sent, db.settings, async () => {
        await db.outbox.bulkDelete(done);
        await db.settings.delete(IN_FLIGHT_KEY); // the answer is in: the request is no longer in flight
        // In the same transaction, so a live query never sees an item neither queued nor sent.
        const at = Date.now();
        await db.sent.bulkPut(done.map((id) => ({ id, at })));
        await db.sent.where('at').below(at - SENT_KEEP_MS).delete();
        for (const { id, reason } of refused) await db.outbox.update(id, { state: 'failed', error: reason, final: true });
      }),
  };
}

/**
 * The service worker changed the outbox (and the sent ids) with plain IndexedDB, which Dexie
 * cannot see. Tell Dexie's live queries (documented Dexie.on('storagemutated')) that every
 * key and index of those tables may have changed, the way Dexie itself announces a freshly
 * created table.
 */
export async function announceOutsideChange(db: QadamDB): Promise<void> {
  // Dexie is already loaded when a db exists; importing it here keeps it out of start-up code.
  const { default: Dexie, RangeSet } = await import('dexie');
  const everything = new RangeSet(-Infinity, [[]]);
  const parts: ObservabilitySet = {};
  for (const table of [db.outbox, db.sent]) {
    const base = `idb://${db.name}/${table.name}/`;
    parts[base] = everything;
    parts[`${base}:dels`] = everything;
    for (const index of table.schema.indexes) if (index.name) parts[base + index.name] = everything;
  }
  Dexie.on('storagemutated').fire(parts);
}
