// The on-phone database: its version-1 shape, and that opening an existing database
// through the app keeps the family's rows (the pattern every future migration follows).
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type QadamDB } from '../../src/data/db';
import { SCHEMA_HISTORY, createAtVersion, deleteDbs, describeSchema, dumpTables, uniqueDbName } from './helpers/dexie-versions';

const opened: QadamDB[] = [];
const names: string[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await deleteDbs(names.splice(0));
});
function open(name: string): QadamDB {
  const db = openDb(name);
  opened.push(db);
  names.push(name);
  return db;
}

const article = (lang: string, slug: string) => ({
  lang,
  slug,
  topic: 'birth',
  order: 10,
  status: 'draft',
  reviewed: '2026-11-28',
  sources: [{ title: 'Source', url: 'https://example.org/s', date: '2024', accessed: '2026-11-28' }],
  title: `Title ${slug}`,
  summary: 'A summary.',
  translation: 'draft',
  html: `<p>${slug}</p>`,
  text: slug,
});

const LATEST = Math.max(...Object.keys(SCHEMA_HISTORY).map(Number));

describe('the current database version', () => {
  it('opens a fresh database at the latest version with content and family tables', async () => {
    const db = open(uniqueDbName());
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['articles', 'checklists', 'children', 'outbox', 'packs', 'points', 'progress', 'search', 'sent', 'settings'],
    );
  });

  it('keys content by language and id, and the outbox by item id with state and time indexes', async () => {
    const db = open(uniqueDbName());
    await db.open();
    const schema = describeSchema(db);
    expect(schema.packs).toEqual({ primKey: 'lang', indexes: [] });
    expect(schema.articles).toEqual({ primKey: '[lang+slug]', indexes: ['lang'] });
    expect(schema.checklists).toEqual({ primKey: '[lang+id]', indexes: ['lang'] });
    expect(schema.points).toEqual({ primKey: '[lang+id]', indexes: ['lang'] });
    expect(schema.progress).toEqual({ primKey: '[childId+checklistId]', indexes: ['childId'] });
    expect(schema.outbox).toEqual({ primKey: 'id', indexes: ['createdAt', 'state'] });
    expect(schema.settings).toEqual({ primKey: 'key', indexes: [] });
    expect(schema.sent).toEqual({ primKey: 'id', indexes: ['at'] });
    const articles = db.articles.schema.primKey;
    expect(articles.compound).toBe(true);
    expect(articles.keyPath).toEqual(['lang', 'slug']);
  });

  it('lets the same slug exist once per language, and finds an article by [lang, slug]', async () => {
    const db = open(uniqueDbName());
    await db.articles.bulkAdd([article('kk', 'a'), article('ru', 'a')] as never);
    await expect(db.articles.add(article('kk', 'a') as never)).rejects.toMatchObject({ name: 'ConstraintError' });
    expect((await db.articles.get(['ru', 'a']))?.lang).toBe('ru');
    expect(await db.articles.where('lang').equals('kk').count()).toBe(1);
  });

  it('matches the frozen copy of the latest version kept for migration tests', async () => {
    // If this fails, a shipped version was edited in place: add a new version instead.
    const frozen = uniqueDbName();
    names.push(frozen);
    await createAtVersion(frozen, LATEST, SCHEMA_HISTORY[LATEST]);
    const raw = new Dexie(frozen);
    await raw.open(); // dynamic mode: reads the schema as stored
    const stored = describeSchema(raw);
    raw.close();
    const db = open(uniqueDbName());
    await db.open();
    expect(describeSchema(db)).toEqual(stored);
  });
});

describe('opening an existing database', () => {
  it('keeps every row of a version-1 database created by an earlier app version', async () => {
    const name = uniqueDbName();
    names.push(name);
    const rows = {
      packs: [{ lang: 'kk', hash: 'abc123', importedAt: '2026-11-01T10:00:00.000Z' }],
      articles: [article('kk', 'birth-registration'), article('kk', 'stay-rules'), article('ru', 'stay-rules')],
      settings: [
        { key: 'lang', value: 'kk' },
        { key: 'src', value: 'border-zhibek-2026-12' },
      ],
    };
    await createAtVersion(name, 1, SCHEMA_HISTORY[1], rows);

    const db = open(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    const after = await dumpTables(db);
    expect(after.packs).toEqual(rows.packs);
    expect(after.settings).toEqual(rows.settings);
    expect(after.articles).toHaveLength(3);
    expect(await db.articles.get(['kk', 'birth-registration'])).toEqual(rows.articles[0]);
    expect(await db.settings.get('src')).toEqual({ key: 'src', value: 'border-zhibek-2026-12' });
    // v2's new tables exist and start empty.
    expect(after.outbox).toEqual([]);
    expect(after.children).toEqual([]);
  });

  it('keeps every row of a version-2 database (children, progress, outbox) when opened again', async () => {
    const name = uniqueDbName();
    names.push(name);
    const rows = {
      settings: [{ key: 'lang', value: 'tg' }],
      children: [{ id: 'c1', nickname: 'Child 1', createdAt: '2026-11-20T08:00:00.000Z', answers: { bornInKz: 'yes' } }],
      progress: [{ childId: 'c1', checklistId: 'register-birth', steps: { a: { done: true } }, seenSteps: ['a'], updatedAt: '2026-11-21T08:00:00.000Z' }],
      outbox: [{ id: 'f1', state: 'pending', item: { id: 'f1', kind: 'app' }, createdAt: '2026-11-21T09:00:00.000Z', attempts: 2 }],
    };
    await createAtVersion(name, 2, SCHEMA_HISTORY[2], rows);
    const db = open(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    const after = await dumpTables(db);
    for (const table of Object.keys(rows)) expect(after[table], table).toEqual(rows[table as keyof typeof rows]);
    // v3's table of confirmed ids exists and starts empty: nothing is shown as "Sent" by mistake.
    expect(after.sent).toEqual([]);
  });
});
