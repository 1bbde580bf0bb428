// @vitest-environment node
// Each query a family might type finds the article it is about, in the top three, in
// every language — through the index a phone builds when it imports the pack (from the pack
// as it ships, JSON and all) and the phone's query code.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileContent } from '../../scripts/content/compile.js';
import { searchRecord } from '../../src/data/pack-import';
import { buildSearchIndex } from '../../src/shared/search-docs.js';
import { loadIndex, runSearch } from '../../src/features/search/engine';
import { SEARCH_QUERIES } from '../fixtures/search-queries.js';

const { packs } = compileContent(path.resolve(import.meta.dirname, '../../content'));
const phone = Object.fromEntries(
  await Promise.all(
    Object.entries(packs).map(async ([lang, pack]) => [lang, loadIndex(await searchRecord(JSON.parse(JSON.stringify({ ...pack, hash: 'h' }))))]),
  ),
);

describe.each(Object.keys(SEARCH_QUERIES))('%s', (lang) => {
  const index = phone[lang];
  test.each(SEARCH_QUERIES[lang])('"%s" finds %s', (query, slug) => {
    const top = runSearch(index, query).slice(0, 3).map((h) => `${h.kind}:${h.ref}`);
    expect(top).toContain(`rights:${slug}`);
  });
});

test('a query in Russian from a Tajik reader falls back to Russian and links the Tajik article', () => {
  const index = phone.tg;
  const hits = runSearch(index, 'свидетельство о рождении');
  const hit = hits.find((h) => h.ref === 'birth-registration');
  expect(hit?.viaRussian).toBe(true);
  expect(hit?.title).toBe(packs.tg.articles.find((a) => a.slug === 'birth-registration').title);
});

describe('the Russian fallback, titles and summaries only', () => {
  // Correctly spelled Russian queries (the fallback is asked without typo variants).
  const RU = SEARCH_QUERIES.ru.filter(([q]) => !['шкла', 'шкала', 'шокла', 'юрст'].includes(q));
  const full = buildSearchIndex('ru', JSON.parse(JSON.stringify(packs.ru)));
  const top3 = (index, q) => runSearch(index, q).slice(0, 3).map((h) => `${h.kind}:${h.ref}`);

  test.each(['kk', 'uz', 'ky', 'tg', 'en'])('a Russian query on a %s phone finds in the top three what the full Russian index would', (lang) => {
    const withFull = { ...phone[lang], ru: loadIndex({ lang: 'ru', index: full }).own };
    const lost = RU.filter(([q, slug]) => top3(withFull, q).includes(`rights:${slug}`) && !top3(phone[lang], q).includes(`rights:${slug}`));
    expect(lost).toEqual([]);
    // and the fallback is doing work: some of these are found only through it
    expect(RU.some(([q]) => runSearch(phone[lang], q).slice(0, 3).some((h) => h.viaRussian))).toBe(true);
  });

  test('is much smaller than the full Russian index', () => {
    expect(packs.uz.search.ru.length).toBeLessThan(full.length / 3);
  });
});

test('nonsense finds nothing (so the page can offer help and feedback instead)', () => {
  const index = phone.en;
  expect(runSearch(index, 'qqqxxzz')).toEqual([]);
});

test('the pack ships neither its own index nor raw article text: the phone builds the index from the HTML', () => {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../src/generated/packs.json'), 'utf8'));
  expect(Object.keys(manifest.packs)).toHaveLength(6);
  for (const a of packs.kk.articles) expect(a).not.toHaveProperty('text');
  expect(Object.keys(packs.kk.search)).toEqual(['ru']);
  expect(packs.ru.search).toBeUndefined();
});

describe('several words', () => {
  const index = phone.en;
  const refs = (q) => runSearch(index, q).map((h) => `${h.kind}:${h.ref}`);

  test('all must match when some item has them all', () => {
    const both = refs('birth school');
    const birth = new Set(refs('birth'));
    const school = new Set(refs('school'));
    expect(both.length).toBeGreaterThan(0);
    for (const r of both) expect(birth.has(r) && school.has(r), r).toBe(true);
    expect(both.length).toBeLessThan(birth.size); // narrower than either word alone
  });

  test('a word that matches nothing does not hide what the other word finds', () => {
    const withNoise = refs('qqqxxzz kindergarten');
    expect(withNoise.length).toBeGreaterThan(0);
    expect(withNoise.slice(0, 3)).toContain('rights:school-and-kindergarten');
  });
});
