// Byte counts of a build, shared by the budget test and `npm run bench`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/**
 * JS a phone must load to paint the home route: the entry chunk, its static imports
 * (from Vite's manifest) and the UI strings of one language.
 */
export function homeRouteJsBytes(distDir, lang = 'ru') {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  visit(entryKey);
  // The entry only paints-then-loads the app (src/main.tsx): its boot chunk is home-route JS too.
  const bootKey = Object.keys(manifest).find((k) => k.endsWith('src/app/boot.tsx'));
  if (bootKey) visit(bootKey);
  const files = [...seen].map((k) => path.join(distDir, manifest[k].file));
  // The page's UI strings are a JSON file now (/packs/core-{lang}.…), loaded before the app
  // starts: counted here as they were when they were a chunk.
  const core = fs.readdirSync(path.join(distDir, 'packs')).find((f) => f.startsWith(`core-${lang}.`) && f.endsWith('.json'));
  if (core) files.push(path.join(distDir, 'packs', core));
  return { files, gzip: files.reduce((n, f) => n + gz(f), 0) };
}

/** Everything the service worker precaches, gzipped: the offline kit minus content packs. */
export function precacheBytes(distDir) {
  const sw = fs.readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
  return urls.reduce((n, u) => n + gz(path.join(distDir, u)), 0);
}

/** The service worker script itself, gzipped (it must stay small: no Dexie, no app code). */
export function swBytes(distDir) {
  return gz(path.join(distDir, 'sw.js'));
}

/** The one-file kits (dist/kit/qadam-{lang}.html): raw bytes (what Bluetooth sends) and gzipped. */
export function kitBytes(distDir) {
  const dir = path.join(distDir, 'kit');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ file: f, bytes: fs.statSync(path.join(dir, f)).size, gzip: gz(path.join(dir, f)) }));
}
