// Whole HTML documents around the rendered markup: <html lang dir>, a real <title>, the page
// in #root (marked with the path it was rendered for, so the client hydrates only that URL),
// a preload of the language's strings and modulepreload hints for the page's own chunk, so
// hydration does not wait on a chain of requests.

import fs from 'node:fs';
import path from 'node:path';
import { setRoot, withLang } from '../../src/shared/shell.js';

const coreUrls = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../src/generated/packs.json'), 'utf8')).cores ?? {};

const PAGE_MODULES = {
  rights: 'src/features/rights/index.ts',
  checklists: 'src/features/checklists/index.ts',
  map: 'src/features/map/index.ts',
  feedback: 'src/features/feedback/index.ts',
  settings: 'src/app/pages/Settings.tsx',
  about: 'src/app/pages/About.tsx',
};

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };
const decode = (s) => s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e) => ENTITIES[e.toLowerCase()] ?? (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : m));
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text of the first <h1> of rendered markup. */
export function firstHeading(html) {
  const m = html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/);
  return m ? decode(m[1].replace(/<[^>]+>/g, '')) : null;
}

/** The JS and CSS files a chunk needs beyond what the entry already loads (from Vite's manifest). */
function chunkFiles(manifest, key) {
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const closure = (start) => {
    const seen = new Set();
    const visit = (k) => {
      if (!manifest[k] || seen.has(k)) return;
      seen.add(k);
      for (const dep of manifest[k].imports ?? []) visit(dep);
    };
    visit(start);
    return seen;
  };
  const base = closure(entry);
  const extra = [...closure(key)].filter((k) => !base.has(k));
  return { js: extra.map((k) => manifest[k].file), css: [...new Set(extra.flatMap((k) => manifest[k].css ?? []))] };
}

/** Files already linked by the built index.html: never twice. */
function linkedIn(doc) {
  return new Set([...doc.matchAll(/(?:href|src)="\/([^"]+)"/g)].map((m) => m[1]));
}

/**
 * A prerendered page from the built index.html. `urlPath` null = the not-found page (served for
 * any unknown URL, so it is never hydrated against the URL it was built for).
 */
export function pageDocument(built, { lang, html, urlPath, manifest, titleFor }) {
  // No public/prefs.js here: it is render-blocking (a round trip before anything shows), and a
  // prerendered page is a visit without the worker, where this phone has no saved text size or
  // outreach mode to apply. (The boot applies them anyway, for the rare phone that has.)
  let doc = withLang(built, lang).replace(/\s*<script src="\/prefs\.js"><\/script>/, '');
  doc = doc.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(titleFor(firstHeading(html)))}</title>`);
  const page = urlPath?.split('/')[2] ?? '';
  // The page's UI strings (a JSON file, fetched by src/i18n before hydrating): asked for early.
  const core = coreUrls[lang]?.url;
  const boot = chunkFiles(manifest, 'src/app/boot.tsx'); // the app, loaded once the page has painted (src/main.tsx)
  const pageChunk = PAGE_MODULES[page] ? chunkFiles(manifest, PAGE_MODULES[page]) : { js: [], css: [] };
  // The page's own stylesheet (e.g. the feedback forms'), so nothing moves when its chunk arrives.
  const already = linkedIn(doc);
  const links = [
    ...pageChunk.css.filter((f) => !already.has(f)).map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`),
    ...(core ? [`<link rel="preload" as="fetch" crossorigin href="${core}">`] : []),
    ...[...new Set([...boot.js, ...pageChunk.js])].filter((f) => !already.has(f)).map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
  ].join('');
  doc = doc.replace('</head>', `${links}</head>`);
  return setRoot(doc, urlPath ? `data-page="${urlPath}"` : 'data-not-found=""', html);
}
