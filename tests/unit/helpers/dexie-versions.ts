// Helpers for schema and migration tests (fake-indexeddb + real Dexie).
//
// Pattern for a migration test: create a database exactly as an OLD app version left it
// (createAtVersion with a FROZEN copy of that version's stores from SCHEMA_HISTORY, never
// the live defineSchema), seed it with the rows a family would have, close it, then open it
// through openDb() and compare dumpTables() before and after.
import Dexie from 'dexie';

/**
 * Frozen copies of every shipped schema version. Append a new entry when src/data/db.ts gets a
 * new version; never edit an old one (phones in the field still have it).
 */
export const SCHEMA_HISTORY: Record<number, Record<string, string>> = Object.freeze({
  1: Object.freeze({
    packs: 'lang',
    articles: '[lang+slug], lang',
    settings: 'key',
  }),
  2: Object.freeze({
    packs: 'lang',
    articles: '[lang+slug], lang',
    settings: 'key',
    checklists: '[lang+id], lang',
    points: '[lang+id], lang',
    search: 'lang',
    children: 'id',
    progress: '[childId+checklistId], childId',
    outbox: 'id, state, createdAt',
  }),
  3: Object.freeze({
    packs: 'lang',
    articles: '[lang+slug], lang',
    settings: 'key',
    checklists: '[lang+id], lang',
    points: '[lang+id], lang',
    search: 'lang',
    children: 'id',
    progress: '[childId+checklistId], childId',
    outbox: 'id, state, createdAt',
    sent: 'id, at',
  }),
});

let counter = 0;
/** A database name no other test uses, so tests never see each other's rows. */
export function uniqueDbName(prefix = 'qadam-test'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Create `name` at `version` with `stores`, as an old app version would have, put `rows`
 * into it, and close it.
 */
export async function createAtVersion(
  name: string,
  version: number,
  stores: Record<string, string>,
  rows: Record<string, unknown[]> = {},
): Promise<void> {
  const raw = new Dexie(name);
  raw.version(version).stores(stores);
  await raw.open();
  await raw.transaction('rw', raw.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await raw.table(table).bulkAdd(list);
  });
  raw.close();
}

/** Every table's rows, in primary-key order: compare before and after an upgrade. */
export async function dumpTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) out[t.name] = await t.toArray();
  return out;
}

/** The schema as Dexie sees it after opening: table → primary key and index sources. */
export function describeSchema(db: Dexie): Record<string, { primKey: string; indexes: string[] }> {
  return Object.fromEntries(
    db.tables.map((t) => [t.name, { primKey: t.schema.primKey.src, indexes: t.schema.indexes.map((i) => i.src).sort() }]),
  );
}

/** Delete databases created by a test. */
export async function deleteDbs(names: string[]): Promise<void> {
  await Promise.all(names.map((n) => Dexie.delete(n)));
}
