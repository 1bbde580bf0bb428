// The app build, after the content build: pages arrive readable (issue 15).
//   1. `vite build --ssr`: the app for Node (src/app/prerender.tsx), into node_modules/.cache/
//   2. the six language SHELLS' markup → (that folder)/shells/{lang}.html
//   3. `vite build`: the app and its service worker, into <out>/ (QADAM_OUT_DIR, default dist);
//      vite.config.ts wraps the shells in the built index.html (<out>/shell/{lang}.html) before
//      the worker's precache list is made, so they are precached with their assets
//   4. every contract page in every language → <out>/{path}/index.html, and each language's
//      not-found page → <out>/404/{lang}.html (from <out>/index.html, so with the same assets)
//   5. the NGO dashboard (vite.admin.config.ts) into <out>/admin/
//   6. the one-file kits (scripts/kit/build.js) into <out>/kit/, for the public address `kitOrigin`
//   7. brotli and gzip next to every text file (scripts/compress.js)
// A page that fails to render fails the build, naming the page.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { LANGS } from '../../src/shared/langs.js';
import { compressDir } from '../compress.js';
import { pageDocument } from './document.js';
import { writeKits, publicOrigin } from '../kit/build.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');

function vite(args, env) {
  execFileSync(process.execPath, [VITE, 'build', '--logLevel', 'warn', ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    // NODE_ENV is "test" under vitest; every build here is the production build.
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
}

function readPack(lang) {
  const { packs } = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/generated/packs.json'), 'utf8'));
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'public', packs[lang].url), 'utf8'));
}

/** Where a contract path's page lives in the build: /ru/ → ru/index.html, /ru/help → ru/help/index.html. */
export const fileForPath = (urlPath) => path.join(...urlPath.split('/').filter(Boolean), 'index.html');

/** @param {{ outDir?: string, kitOrigin?: string }} [options] kitOrigin: QADAM_PUBLIC_URL's origin by default */
export async function buildApp({ outDir = path.join(ROOT, 'dist'), kitOrigin } = {}) {
  // React's production build renders the pages (the renderer imports react-dom from node_modules;
  // React picks its build at its first import in this process).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await build(outDir, kitOrigin ?? origin());
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/** The public address the kits link to; a warning when it is the default (a local build). */
function origin() {
  const { origin: o, warning } = publicOrigin();
  if (warning) console.warn(`warning: ${warning}`);
  return o;
}

async function build(outDir, kitOrigin) {
  // Inside the project whatever outDir is: the renderer imports React from node_modules. One
  // folder per output folder, so two builds (the e2e versions A and B) never share one.
  const ssrDir = path.join(ROOT, 'node_modules/.cache/qadam-prerender', createHash('sha256').update(outDir).digest('hex').slice(0, 12));
  vite(['--ssr', 'src/app/prerender.tsx', '--outDir', ssrDir, '--emptyOutDir'], { QADAM_OUT_DIR: ssrDir });
  // No cache-busting query: the renderer's lazy chunks import it back by its plain URL, and a
  // second copy would have its own snapshot. Each build has its own folder, so no stale copy.
  const renderer = await import(pathToFileURL(path.join(ssrDir, 'prerender.js')).href);

  const shellsDir = path.join(ssrDir, 'shells');
  fs.mkdirSync(shellsDir, { recursive: true });
  for (const lang of LANGS) fs.writeFileSync(path.join(shellsDir, `${lang}.html`), await renderer.renderShell(lang));

  vite([], { QADAM_OUT_DIR: outDir, QADAM_SHELLS_DIR: shellsDir });

  const built = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'));
  let pages = 0;
  for (const lang of LANGS) {
    const pack = readPack(lang);
    const jobs = [...renderer.pagePaths(pack).map((p) => ({ urlPath: p, file: fileForPath(p) })), { urlPath: `/${lang}/-`, file: path.join('404', `${lang}.html`), notFound: true }];
    for (const { urlPath, file, notFound } of jobs) {
      let html;
      try {
        html = await renderer.renderPage(urlPath, pack);
      } catch (e) {
        throw new Error(`prerender ${urlPath}: ${e instanceof Error ? e.message : e}`, { cause: e });
      }
      const doc = pageDocument(built, { lang, html, urlPath: notFound ? null : urlPath, manifest, titleFor: renderer.titleFor });
      fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      fs.writeFileSync(path.join(outDir, file), doc);
      pages += 1;
    }
  }
  vite(['--config', 'vite.admin.config.ts'], { QADAM_OUT_DIR: outDir });
  const kits = writeKits({ outDir, origin: kitOrigin });
  const compressed = compressDir(outDir);
  return { pages, compressed, kits };
}

if (process.argv[1] === import.meta.filename) {
  const outDir = path.resolve(process.env.QADAM_OUT_DIR ?? path.join(ROOT, 'dist'));
  try {
    const { pages, compressed, kits } = await buildApp({ outDir });
    console.log(`prerendered ${pages} pages in ${LANGS.length} languages; kits: ${kits.map((k) => `${k.lang} ${(k.bytes / 1024).toFixed(1)} KiB`).join(', ')}; compressed ${compressed} files in ${path.relative(ROOT, outDir) || '.'}`);
  } catch (e) {
    console.error(`Build error — ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
