// Distances for "near me" (src/features/map/geo.ts): haversine against known distances, and
// sorting by distance with ties kept in order.
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, formatDistance, haversineKm, sortByDistance } from '../../src/features/map/geo';

const ALMATY = { lat: 43.25667, lon: 76.92861 };
const ASTANA = { lat: 51.1801, lon: 71.44598 };

describe('haversineKm', () => {
  it.each([
    ['the same point', { lat: 43, lon: 76 }, { lat: 43, lon: 76 }, 0, 1e-9],
    ['one degree along a meridian', { lat: 10, lon: 20 }, { lat: 11, lon: 20 }, (Math.PI / 180) * EARTH_RADIUS_KM, 1e-6],
    ['a quarter of the equator', { lat: 0, lon: 0 }, { lat: 0, lon: 90 }, (Math.PI / 2) * EARTH_RADIUS_KM, 1e-6],
    ['pole to pole', { lat: 90, lon: 0 }, { lat: -90, lon: 0 }, Math.PI * EARTH_RADIUS_KM, 1e-6],
    ['antipodes across the date line', { lat: 0, lon: 179 }, { lat: 0, lon: -1 }, Math.PI * EARTH_RADIUS_KM, 1e-6],
  ])('%s', (_, a, b, km, tolerance) => {
    expect(Math.abs(haversineKm(a, b) - km)).toBeLessThanOrEqual(tolerance);
  });

  it.each([
    // Published great-circle distances; the sphere is within ~0.5 % of the ellipsoid.
    ['London – Paris', { lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 }, 343.5],
    ['New York – London', { lat: 40.7128, lon: -74.006 }, { lat: 51.5074, lon: -0.1278 }, 5570],
    ['Almaty – Astana', ALMATY, ASTANA, 972],
  ])('%s', (_, a, b, km) => {
    expect(Math.abs(haversineKm(a, b) - km) / km).toBeLessThan(0.005);
  });

  it('is symmetric', () => {
    expect(haversineKm(ALMATY, ASTANA)).toBeCloseTo(haversineKm(ASTANA, ALMATY), 9);
  });
});

describe('sortByDistance', () => {
  const me = { lat: 43, lon: 76 };
  const north = { id: 'north', lat: 44, lon: 76 }; // exactly as far as south
  const south = { id: 'south', lat: 42, lon: 76 };
  const near = { id: 'near', lat: 43.1, lon: 76 };
  const far = { id: 'far', lat: 51, lon: 71 };

  it('puts the nearest first and gives each distance', () => {
    const sorted = sortByDistance([far, north, near], me);
    expect(sorted.map((s) => s.item.id)).toEqual(['near', 'north', 'far']);
    expect(sorted[0].km).toBeCloseTo(11.12, 1);
    expect(sorted.map((s) => s.km)).toEqual([...sorted.map((s) => s.km)].sort((a, b) => a - b));
  });

  it('keeps the input order of places at the same distance', () => {
    expect(haversineKm(me, north)).toBe(haversineKm(me, south));
    expect(sortByDistance([north, far, south, near], me).map((s) => s.item.id)).toEqual(['near', 'north', 'south', 'far']);
    expect(sortByDistance([south, far, north, near], me).map((s) => s.item.id)).toEqual(['near', 'south', 'north', 'far']);
    // Several places in one city (same coordinates) stay in the order given.
    const a = { id: 'a', ...ALMATY };
    const b = { id: 'b', ...ALMATY };
    const c = { id: 'c', ...ALMATY };
    expect(sortByDistance([b, c, a], ASTANA).map((s) => s.item.id)).toEqual(['b', 'c', 'a']);
  });

  it('does not change the input', () => {
    const input = [far, near];
    sortByDistance(input, me);
    expect(input.map((p) => p.id)).toEqual(['far', 'near']);
  });
});

describe('formatDistance', () => {
  it.each([
    [0.004, 'en', '10', 'm'],
    [0.846, 'en', '850', 'm'],
    [4.23, 'en', '4.2', 'km'],
    [4.23, 'ru', '4,2', 'km'],
    [37.4, 'en', '37', 'km'],
    [1234.5, 'en', '1,235', 'km'],
  ])('%s km in %s', (km, lang, value, unit) => {
    expect(formatDistance(km, lang)).toEqual({ value, unit });
  });
});
