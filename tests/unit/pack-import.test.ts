// Importing a language pack into the phone's database: all or nothing, one language at a
// time, and never touching the family's own data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type QadamDB } from '../../src/data/db';
import { assertPack, importPack, PackError } from '../../src/data/pack-import';
import { makePack, packArticle } from '../fixtures/packs';
import { loadIndex, runSearch } from '../../src/features/search/engine';
import { uniqueDbName } from './helpers/dexie-versions';

let db: QadamDB;
let name: string;
beforeEach(async () => {
  name = uniqueDbName('pack-import');
  db = openDb(name);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

const slugsOf = async (lang: string) => (await db.articles.where('lang').equals(lang).toArray()).map((a) => a.slug).sort();

describe('importPack', () => {
  it("puts a language's articles on the phone and records the pack's hash", async () => {
    await importPack(db, makePack('kk', 'h1', ['birth-registration', 'stay-rules']));
    expect(await slugsOf('kk')).toEqual(['birth-registration', 'stay-rules']);
    const row = await db.articles.get(['kk', 'stay-rules']);
    expect(row).toMatchObject({ lang: 'kk', slug: 'stay-rules', html: '<p>Body of stay-rules</p>' });
    expect(await db.packs.get('kk')).toMatchObject({ lang: 'kk', hash: 'h1' });
  });

  it('replaces the old articles of that language when a new pack arrives', async () => {
    await importPack(db, makePack('kk', 'h1', ['old-article', 'stay-rules'], 'old'));
    await importPack(db, makePack('kk', 'h2', ['stay-rules', 'new-article'], 'new'));
    expect(await slugsOf('kk')).toEqual(['new-article', 'stay-rules']);
    expect((await db.articles.get(['kk', 'stay-rules']))?.title).toBe('new stay-rules');
    expect((await db.packs.get('kk'))?.hash).toBe('h2');
  });

  it("leaves other languages' articles and packs alone", async () => {
    await importPack(db, makePack('ru', 'r1', ['stay-rules', 'health-care'], 'ru'));
    const ruBefore = await db.articles.where('lang').equals('ru').toArray();
    const ruPackBefore = await db.packs.get('ru');
    await importPack(db, makePack('kk', 'k1', ['stay-rules']));
    await importPack(db, makePack('kk', 'k2', ['birth-registration']));
    expect(await db.articles.where('lang').equals('ru').toArray()).toEqual(ruBefore);
    expect(await db.packs.get('ru')).toEqual(ruPackBefore);
    expect(await slugsOf('kk')).toEqual(['birth-registration']);
  });

  it("never touches the family's settings", async () => {
    const settings = [
      { key: 'lang', value: 'kk' },
      { key: 'src', value: 'border-zhibek-2026-12' },
      { key: 'persistAsked', value: true },
    ];
    await db.settings.bulkAdd(settings);
    await importPack(db, makePack('kk', 'h1', ['a']));
    await importPack(db, makePack('kk', 'h2', ['b']));
    expect(await db.settings.orderBy('key').toArray()).toEqual([...settings].sort((x, y) => x.key.localeCompare(y.key)));
  });

  it('keeps the previous content and pack hash exactly when an import fails half-way', async () => {
    await importPack(db, makePack('kk', 'good', ['birth-registration', 'stay-rules']));
    const articlesBefore = await db.articles.toArray();
    const packBefore = await db.packs.get('kk');
    const searchBefore = await db.search.get('kk');

    // A slug IndexedDB cannot use as a key (assertPack would refuse it; the search index takes
    // it): the delete has already run when bulkAdd fails.
    const broken = { lang: 'kk' as const, hash: 'bad', articles: [packArticle('fine'), packArticle(true as unknown as string)] };
    const err = await importPack(db, broken).then(() => null, (e: Error) => e);
    expect(err?.name).toMatch(/BulkError|DataError/);

    expect(await db.articles.toArray()).toEqual(articlesBefore);
    expect(await db.packs.get('kk')).toEqual(packBefore);
    expect(await db.search.get('kk')).toEqual(searchBefore);
  });

  it('keeps the previous content when the search index cannot be built (the same slug twice)', async () => {
    await importPack(db, makePack('kk', 'good', ['birth-registration']));
    const articlesBefore = await db.articles.toArray();
    const broken = { lang: 'kk' as const, hash: 'bad', articles: [packArticle('dup'), packArticle('dup')] };
    await expect(importPack(db, broken)).rejects.toThrow(/duplicate ID rights:dup/);
    expect(await db.articles.toArray()).toEqual(articlesBefore);
    expect((await db.packs.get('kk'))?.hash).toBe('good');
  });
});

describe('the search index, built on the phone at import', () => {
  it('finds an article by a word of its body (in the HTML only) and keeps the Russian fallback as shipped', async () => {
    const kk = makePack('kk', 'k1', ['stay-rules']);
    kk.articles.push(packArticle('birth-registration', { html: '<h2 id="z">ЗАГС</h2><p>Куәлік &quot;алу&quot; тегін</p>' }));
    const ru = (await import('../../src/shared/search-docs.js')).buildSearchIndex('ru', makePack('ru', 'r1', ['birth-registration']), { fallback: true });
    await importPack(db, { ...kk, search: { ru } });
    const record = await db.search.get('kk');
    expect(record?.ru).toBe(ru);
    const index = loadIndex(record!);
    expect(runSearch(index, 'куәлік').map((h) => h.ref)).toEqual(['birth-registration']);
    expect(runSearch(index, 'алу').map((h) => h.ref)).toEqual(['birth-registration']); // &quot; is not part of the word
    expect(runSearch(index, 'quot')).toEqual([]);
  });

  it('replaces the index with the new pack\'s words, and a Russian pack gets one without a fallback', async () => {
    await importPack(db, makePack('ru', 'r1', ['old-article']));
    await importPack(db, makePack('ru', 'r2', ['new-article']));
    const record = await db.search.get('ru');
    expect(record).not.toHaveProperty('ru');
    const refs = (q: string) => runSearch(loadIndex(record!), q).map((h) => h.ref);
    expect(refs('new')).toEqual(['new-article']);
    expect(refs('old')).toEqual([]);
  });
});

describe('assertPack', () => {
  const good = () => makePack('kk', 'h1', ['a', 'b']);

  it('accepts a well-formed pack for the expected language and hash', () => {
    expect(() => assertPack(good(), 'kk', 'h1')).not.toThrow();
    expect(() => assertPack({ ...good(), articles: [] }, 'kk', 'h1')).not.toThrow();
  });

  it('rejects a pack for another language', () => {
    expect(() => assertPack(good(), 'ru', 'h1')).toThrow(PackError);
    expect(() => assertPack({ ...good(), lang: 'xx' }, 'kk', 'h1')).toThrow(/pack is for xx, expected kk/);
  });

  it('rejects a pack whose hash is not the expected one', () => {
    expect(() => assertPack(good(), 'kk', 'h2')).toThrow(/hash h1 does not match h2/);
  });

  it('rejects a pack without an articles list', () => {
    const { articles: _dropped, ...rest } = good();
    expect(() => assertPack(rest, 'kk', 'h1')).toThrow(/no articles list/);
    expect(() => assertPack({ ...rest, articles: {} }, 'kk', 'h1')).toThrow(PackError);
  });

  it.each([
    ['a null article', null],
    ['an article without html', (({ html: _h, ...a }) => a)(packArticle('x'))],
    ['an article whose slug is a number', { ...packArticle('x'), slug: 7 }],
    ['an article without a title', (({ title: _t, ...a }) => a)(packArticle('x'))],
  ])('rejects a pack with %s', (_what, bad) => {
    const pack = { ...good(), articles: [packArticle('ok'), bad] };
    expect(() => assertPack(pack, 'kk', 'h1')).toThrow(/malformed article/);
  });

  it('accepts a pack with the Russian fallback, or with no search field', () => {
    expect(() => assertPack({ ...good(), search: { ru: '{}' } }, 'kk', 'h1')).not.toThrow();
    expect(() => assertPack({ ...good(), search: {} }, 'kk', 'h1')).not.toThrow();
  });

  it.each([
    ['a search field that is text', 'index'],
    ['a Russian fallback that is not text', { ru: { index: 1 } }],
    ['a null search field', null],
  ])('rejects a pack with %s', (_what, search) => {
    expect(() => assertPack({ ...good(), search }, 'kk', 'h1')).toThrow(/malformed search index/);
  });

  it.each([null, undefined, 'text', 42])('rejects %j as not a pack', (value) => {
    expect(() => assertPack(value, 'kk', 'h1')).toThrow(PackError);
  });
});
