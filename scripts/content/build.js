// `npm run content` / first half of `npm run build`: compile content/ and write
//   src/generated/core/{lang}.json  UI strings + help numbers, for build-time users (prerender, kits)
//   public/packs/core-{lang}.{hash}.json  the same for phones: fetched for the languages a phone uses
//                                    (not precached: five languages' strings were ~35 KiB of every first visit)
//   src/generated/packs.json        which pack file holds each language, with sizes (app + service worker read it)
//   public/packs/{lang}.{hash}.json the per-language content packs (fetched when a language is chosen)
//   src/generated/formats.json      dates and numbers of the six languages from CLDR (./formats.js)
// On invalid content it prints "file: field: reason" and exits 1, so the build fails.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { compileContent } from './compile.js';
import { buildFormats } from './formats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function writeContent({ contentDir = process.env.QADAM_CONTENT_DIR ?? path.join(root, 'content'), outRoot = root } = {}) {
  const { strings, help, packs } = compileContent(contentDir);
  const genDir = path.join(outRoot, 'src/generated');
  const packDir = path.join(outRoot, 'public/packs');
  fs.rmSync(packDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(genDir, 'core'), { recursive: true });
  fs.mkdirSync(packDir, { recursive: true });

  const manifest = {};
  const cores = {};
  for (const [lang, pack] of Object.entries(packs)) {
    const hash = crypto.createHash('sha256').update(JSON.stringify(pack)).digest('hex').slice(0, 10);
    const body = JSON.stringify({ ...pack, hash });
    const file = `${lang}.${hash}.json`;
    fs.writeFileSync(path.join(packDir, file), body);
    manifest[lang] = {
      url: `/packs/${file}`,
      hash,
      bytes: Buffer.byteLength(body),
      gzipBytes: zlib.gzipSync(body, { level: 9 }).length,
    };
    const core = JSON.stringify({ strings: strings[lang], help: help[lang] });
    fs.writeFileSync(path.join(genDir, 'core', `${lang}.json`), core);
    const coreHash = crypto.createHash('sha256').update(core).digest('hex').slice(0, 10);
    fs.writeFileSync(path.join(packDir, `core-${lang}.${coreHash}.json`), core);
    cores[lang] = { url: `/packs/core-${lang}.${coreHash}.json`, hash: coreHash, gzipBytes: zlib.gzipSync(core, { level: 9 }).length };
  }
  const contentVersion = crypto
    .createHash('sha256')
    .update(Object.values(manifest).map((m) => m.hash).join())
    .digest('hex')
    .slice(0, 10);
  fs.writeFileSync(path.join(genDir, 'formats.json'), JSON.stringify(buildFormats()));
  const out = { contentVersion, packs: manifest, cores };
  fs.writeFileSync(path.join(genDir, 'packs.json'), JSON.stringify(out, null, 2));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { contentVersion, packs } = writeContent();
    const sizes = Object.entries(packs).map(([l, p]) => `${l} ${(p.gzipBytes / 1024).toFixed(1)} KiB gz`).join(', ');
    console.log(`content ${contentVersion}: ${sizes}`);
    // The map's offline base layer (src/generated/base-layer.json), built with the content.
    const base = (await import('../map/build-base-layer.js')).writeBaseLayer();
    console.log(`map base layer: ${(base.gzipBytes / 1024).toFixed(1)} KiB gz, ${base.places} places`);
  } catch (e) {
    if (e.name !== 'ContentError') throw e;
    console.error(`Content error — ${e.message}`);
    process.exit(1);
  }
}
