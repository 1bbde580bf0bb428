// The outbox seen through the page's Dexie database, for the shared sending core
// (src/shared/outbox/send.ts). Writing through Dexie (not plain IndexedDB) is what lets the
// page's live queries (the "waiting to send" list, "Sent") see each change at once.
import type { ObservabilitySet } from 'dexie';
import { SENT_KEEP_MS, type OutboxStore } from '../../shared/outbox/record';
import type { QadamDB } from '../db';

export function dexieOutbox(db: QadamDB): OutboxStore {
  return {
    pending: () => db.outbox.where('state').equals('pending').toArray(),
    markTried: async (ids) => {
      await db.outbox.where('id').anyOf(ids).modify((r) => {
        r.tries = (r.tries ?? 0) + 1;
      });
    },
    settle: (done, refused) =>
      db.transaction('rw', db.outbox, db.sent, async () => {
        await db.outbox.bulkDelete(done);
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
