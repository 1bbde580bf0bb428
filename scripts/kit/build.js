// Third step of `npm run build`, after `vite build`: the one-file kits, dist/kit/qadam-{lang}.html.
// It renders the very files the phone has (the packs in public/packs/, the UI strings and
// urgent numbers in src/generated/core/) with the renderer the phone runs too
// (src/shared/kit/render.js), so a kit sent from a phone equals the one served here.
// Written after vite-plugin-pwa listed the precache, so the kits are never precached.
// The app's public address is QADAM_PUBLIC_URL (the kit's link and QR code point there).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { renderKit, kitFileName, KIT_MAX_BYTES } from '../../src/shared/kit/render.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_PUBLIC_URL = 'http://localhost:8080';

/**
 * The app origin from QADAM_PUBLIC_URL: scheme, host and port, nothing after (the app lives at
 * the root of its origin: docs/contracts.md).
 * @returns {{ origin: string, warning?: string }}
 */
export function publicOrigin(value = process.env.QADAM_PUBLIC_URL) {
  if (!value) {
    return { origin: DEFAULT_PUBLIC_URL, warning: `QADAM_PUBLIC_URL is not set: the kits link to ${DEFAULT_PUBLIC_URL}. Set it to the app's public address, e.g. https://qadam.example.org` };
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`QADAM_PUBLIC_URL: "${value}" is not a URL; use the app's address, e.g. https://qadam.example.org`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`QADAM_PUBLIC_URL: "${value}" must start with https:// or http://`);
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`QADAM_PUBLIC_URL: "${value}" must be an origin only (the app is served at its root), e.g. ${url.origin}`);
  return { origin: url.origin };
}

/**
 * @param {{ outDir: string, origin: string, genDir?: string, publicDir?: string }} options
 * @returns {{ lang: string, file: string, bytes: number, gzipBytes: number }[]}
 */
export function writeKits({ outDir, origin, genDir = path.join(root, 'src/generated'), publicDir = path.join(root, 'public') }) {
  const manifest = JSON.parse(fs.readFileSync(path.join(genDir, 'packs.json'), 'utf8'));
  const kitDir = path.join(outDir, 'kit');
  fs.rmSync(kitDir, { recursive: true, force: true });
  fs.mkdirSync(kitDir, { recursive: true });
  return Object.entries(manifest.packs).map(([lang, info]) => {
    const pack = JSON.parse(fs.readFileSync(path.join(publicDir, info.url), 'utf8'));
    const core = JSON.parse(fs.readFileSync(path.join(genDir, 'core', `${lang}.json`), 'utf8'));
    const html = renderKit({ pack, strings: core.strings, help: core.help, contentVersion: manifest.contentVersion, origin });
    const file = path.join(kitDir, kitFileName(lang));
    const bytes = Buffer.byteLength(html);
    // Bluetooth sends the file as it is, so its raw size is what counts.
    if (bytes > KIT_MAX_BYTES) {
      throw new Error(`${path.relative(root, file)}: ${(bytes / 1024).toFixed(1)} KiB is over the kit's limit of ${KIT_MAX_BYTES / 1024} KiB`);
    }
    fs.writeFileSync(file, html);
    return { lang, file, bytes, gzipBytes: zlib.gzipSync(html, { level: 9 }).length };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { origin, warning } = publicOrigin();
    if (warning) console.warn(`warning: ${warning}`);
    const outDir = path.resolve(process.env.QADAM_OUT_DIR ?? path.join(root, 'dist'));
    const kits = writeKits({ outDir, origin });
    console.log(`kits for ${origin}: ${kits.map((k) => `${k.lang} ${(k.bytes / 1024).toFixed(1)} KiB`).join(', ')}`);
  } catch (e) {
    console.error(`Kit error — ${e.message}`);
    process.exit(1);
  }
}
