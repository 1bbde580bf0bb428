// Map figures for `npm run bench`: how long /ru/map takes to draw offline on a slow phone, and
// what the map adds to the download.
//  - time: fresh browser context, first visit to /ru/ until "ready offline", then offline and
//    CPU slowed 4×, navigate to /ru/map?view=map and time (the page's own clock, from navigation
//    start) until the map container says data-map-ready="true" (base layer and markers drawn).
//  - sizes (gzip -9): the map route's chunks that the home route does not already load, the
//    Leaflet chunk (with the base layer inside) and its CSS, the base layer alone, and the
//    "open now" chunk (not precached; loaded only when a place has hours).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch } from '../../tests/helpers/browser.js';
import { startServer } from '../../tests/helpers/server.js';
import { median } from './app-load.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

const PROBE = () => {
  new MutationObserver(() => {
    if (!window.__mapReady && document.querySelector('[data-map-ready="true"]')) window.__mapReady = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-ready'] });
};

/** Chunk sizes from the build's manifest. */
export function mapSizes(distDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8'));
  const closure = (start, skip = new Set()) => {
    const seen = new Set();
    const visit = (key) => {
      if (!manifest[key] || seen.has(key) || skip.has(key)) return;
      seen.add(key);
      for (const dep of manifest[key].imports ?? []) visit(dep);
    };
    visit(start);
    return seen;
  };
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const home = closure(entry);
  const keyOf = (suffix) => Object.keys(manifest).find((k) => k.endsWith(suffix));
  // The map feature's chunk: MapPage.tsx when it is its own manifest entry, else the feature's index.
  const pageKey = keyOf('src/features/map/MapPage.tsx') ?? keyOf('src/features/map/index.ts');
  const route = closure(pageKey, home);
  const leafletKey = keyOf('src/features/map/leafletMap.ts');
  const leaflet = closure(leafletKey, new Set([...home, ...route]));
  const hoursKey = keyOf('src/features/map/hours.ts');
  const bytes = (keys) => [...keys].reduce((n, k) => n + gz(fs.readFileSync(path.join(distDir, manifest[k].file))), 0);
  const css = [...route, ...leaflet].flatMap((k) => manifest[k].css ?? []);
  const cssGzip = [...new Set(css)].reduce((n, f) => n + gz(fs.readFileSync(path.join(distDir, f))), 0);
  const baseLayerFile = path.join(ROOT, 'src/generated/base-layer.json');
  const routeJsGzip = bytes(route);
  const leafletJsGzip = bytes(leaflet);
  return {
    mapPageJsGzip: bytes(new Set([pageKey])), // the map feature's own route chunk
    routeJsGzip, // MapPage plus the chunks the home route does not load (Dexie, feedback…; shared with other pages)
    leafletJsGzip, // Leaflet + the base layer + the drawing code, loaded when a map is shown
    cssGzip, // Leaflet's CSS (the app's own map CSS is in the shell stylesheet)
    totalGzip: routeJsGzip + leafletJsGzip + cssGzip,
    baseLayerGzip: fs.existsSync(baseLayerFile) ? gz(fs.readFileSync(baseLayerFile)) : null,
    hoursJsGzip: hoursKey ? bytes(new Set([hoursKey])) : null, // not precached (vite.config.ts)
    files: [...route, ...leaflet].map((k) => manifest[k].file),
  };
}

export async function benchMap({ distDir, runs = 5 }) {
  const server = await startServer({ distDir });
  const browser = await launch();
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 780 }, locale: 'ru-RU' });
      await context.addInitScript(PROBE);
      const page = await context.newPage();
      await page.goto(`${server.url}/ru/`);
      await page.waitForSelector('html[data-offline-ready="true"]', { timeout: 120_000 });
      await context.setOffline(true);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${server.url}/ru/map?view=map`);
      await page.waitForFunction(() => window.__mapReady, null, { timeout: 120_000, polling: 50 });
      const markers = await page.locator('[data-map-ready="true"] .map-pin, [data-map-ready="true"] .map-group').count();
      if (!markers) throw new Error('map drawn without markers');
      times.push(await page.evaluate(() => window.__mapReady));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { runs: times, readyOfflineMs: median(times), ...mapSizes(distDir) };
}

if (process.argv[1] === import.meta.filename) {
  const distDir = process.argv[2] ?? path.join(ROOT, 'dist');
  const r = await benchMap({ distDir, runs: Number(process.env.BENCH_RUNS ?? 5) });
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`map ready offline, 4x CPU, median of ${r.runs.length}: ${Math.round(r.readyOfflineMs)} ms  (${r.runs.map(Math.round).join(', ')})`);
  console.log(`MapPage chunk ${kib(r.mapPageJsGzip)}; map route JS not in the home route ${kib(r.routeJsGzip)} (incl. shared Dexie/feedback)`);
  console.log(`Leaflet chunk ${kib(r.leafletJsGzip)}, Leaflet CSS ${kib(r.cssGzip)}, total ${kib(r.totalGzip)}`);
  console.log(`base layer ${kib(r.baseLayerGzip)}; "open now" chunk (not precached) ${kib(r.hoursJsGzip)}`);
}
