// Vite builds the app shell; vite-plugin-pwa builds our own service worker (src/sw/sw.ts)
// with `injectManifest`, so the caching policy stays readable code, not generated config.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_TILE_URL } from './src/shared/tiles.js';
import { LANGS } from './src/shared/langs.js';
import { SECURITY_HEADERS } from './server/headers.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// Deterministic by default: the same source gives the same build, so a deploy that
// changes nothing does not make every phone download an "update".
const buildId = process.env.QADAM_BUILD_ID ?? 'local';
const appVersion = `${pkg.version}+${buildId}`;

/**
 * The per-language shells (src/shared/shell.js): scripts/prerender/build.js renders their
 * markup before this build (QADAM_SHELLS_DIR). Written here, before vite-plugin-pwa lists the
 * precache (closeBundle), so shells and assets are always one version:
  *  - shell/shells.json: this build's index.html and the six markups in ONE precached file
 *    (~2.7 KiB over the wire; six shell files and index.html with their headers were ~14 KiB);
 *    the worker wraps a language's markup in that index.html, so it loads this build's assets;
 *  - shell/{lang}.html, whole documents for the server (the search page), not precached.
 */
function shells(): Plugin {
  return {
    name: 'qadam-shells',
    apply: 'build',
    async writeBundle(options) {
      const from = process.env.QADAM_SHELLS_DIR;
      if (!from || !options.dir) return;
      const { shellDocument } = await import('./src/shared/shell.js');
      const built = readFileSync(path.join(options.dir, 'index.html'), 'utf8');
      const markup = Object.fromEntries(LANGS.map((lang) => [lang, readFileSync(path.join(from, `${lang}.html`), 'utf8')]));
      mkdirSync(path.join(options.dir, 'shell'), { recursive: true });
      writeFileSync(path.join(options.dir, 'shell', 'shells.json'), JSON.stringify({ template: built, markup }));
      for (const lang of LANGS) writeFileSync(path.join(options.dir, 'shell', `${lang}.html`), shellDocument(built, lang, markup[lang]));
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
    // Map: the optional online tile server (src/features/map/tiles.ts, src/sw/sw.ts). The server
    // reads the same variable for its CSP img-src (server/headers.js); default and parser are
    // in src/shared/tiles.js.
    __QADAM_TILE_URL__: JSON.stringify(process.env.QADAM_TILE_URL || DEFAULT_TILE_URL),
    // The worker's shells carry the documents' policy headers (src/sw/sw.ts).
    __DOCUMENT_HEADERS__: JSON.stringify(SECURITY_HEADERS),
  },
  build: {
    target: 'es2020',
    outDir: process.env.QADAM_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    sourcemap: false,
    manifest: true, // lets the budget test find the home route's initial JS
    // Content packs are served from /packs/; everything under assets/ is content-hashed.
    assetsInlineLimit: 0,
    // The only chunk over Vite's 500 kB warning is opening_hours (~715 kB, ~111 KiB gz), loaded
    // for places with hours only; the size budgets that matter are enforced by tests/e2e/budget.
    chunkSizeWarningLimit: 800,
  },
  plugins: [
    react(),
    !isSsrBuild && shells(),
    // No service worker for the build-time renderer.
    !isSsrBuild && VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false, // registered by src/app/sw-bridge.ts via workbox-window
      manifestFilename: 'manifest.webmanifest',
      includeManifestIcons: false, // the glob below already lists them; avoid precaching twice
      injectManifest: {
        // The shell, every language's UI strings and all lazy chunks: the whole kit offline.
        // Content packs are excluded: only the chosen language is fetched (see src/sw/sw.ts).
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}', 'shell/shells.json'],
        // Map: "open now" (src/features/map/hours.ts + the opening_hours library, ~110 KiB gz) is
        // loaded only when a place has hours; the worker caches it on first use instead.
        // Install icons are fetched by the browser when it installs the app; precaching them
        // would add ~18 KiB to every first visit.
        // (Map) Leaflet's CSS images are for its layer switcher and default pin, unused here.
        // The one-file kits (dist/kit/, ~250 KiB each) are for sending, never for this phone's
        // offline use; the phone makes its own from its packs (src/features/kit). The NGO
        // dashboard (dist/admin/, vite.admin.config.ts) is built after this one, so it is not
        // listed anyway; its entry keeps it out should the order of the builds ever change.
        // Prerendered pages come from the network (they are for visits without the worker); the
        // worker builds shells from shell/shells.json.
        globIgnores: ['packs/**', 'kit/**', 'admin/**', 'sw.js', '404/**', 'shell/*.html', ...LANGS.map((l) => `${l}/**`), 'assets/hours-*.js', 'icons/*.png', 'assets/layers-*.png', 'assets/marker-icon-*.png'],
        maximumFileSizeToCacheInBytes: 600 * 1024,
        // index.html travels inside shell/shells.json; the web manifest is for installing, online.
        manifestTransforms: [async (entries) => ({ manifest: entries.filter((e) => !['index.html', 'manifest.webmanifest'].includes(e.url)), warnings: [] })],
      },
      manifest: {
        id: '/',
        name: 'Qadam — rights and steps for families',
        short_name: 'Qadam',
        description: 'Rights, step-by-step checklists and free legal help for migrant families with children in Kazakhstan. Works without internet.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#fbfaf7',
        theme_color: '#1f5f5b',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  server: { port: 5173 },
}));
