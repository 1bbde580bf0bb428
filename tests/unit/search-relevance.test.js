// @vitest-environment node
// Each query a family might type finds the article it is about, in the top three, in
// every language — through the same index build (build time) and query code (phone).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileContent } from '../../scripts/content/compile.js';
import { loadIndex, runSearch } from '../../src/features/search/engine';
import { SEARCH_QUERIES } from '../fixtures/search-queries.js';

const { packs } = compileContent(path.resolve(import.meta.dirname, '../../content'));

describe.each(Object.keys(SEARCH_QUERIES))('%s', (lang) => {
  const index = loadIndex({ lang, ...packs[lang].search });
  test.each(SEARCH_QUERIES[lang])('"%s" finds %s', (query, slug) => {
    const top = runSearch(index, query).slice(0, 3).map((h) => `${h.kind}:${h.ref}`);
    expect(top).toContain(`rights:${slug}`);
  });
});

test('a query in Russian from a Tajik reader falls back to Russian and links the Tajik article', () => {
  const index = loadIndex({ lang: 'tg', ...packs.tg.search });
  const hits = runSearch(index, 'свидетельство о рождении');
  const hit = hits.find((h) => h.ref === 'birth-registration');
  expect(hit?.viaRussian).toBe(true);
  expect(hit?.title).toBe(packs.tg.articles.find((a) => a.slug === 'birth-registration').title);
});

test('nonsense finds nothing (so the page can offer help and feedback instead)', () => {
  const index = loadIndex({ lang: 'en', ...packs.en.search });
  expect(runSearch(index, 'qqqxxzz')).toEqual([]);
});

test('the pack ships the index, not the raw article text', () => {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../src/generated/packs.json'), 'utf8'));
  expect(Object.keys(manifest.packs)).toHaveLength(6);
  for (const a of packs.kk.articles) expect(a).not.toHaveProperty('text');
});

describe('several words', () => {
  const index = loadIndex({ lang: 'en', ...packs.en.search });
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
