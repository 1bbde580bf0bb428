/// <reference lib="webworker" />
// Qadam's service worker: the whole caching policy, in one place.
//
//  1. Precache (workbox-precaching): the shell and every lazy chunk, listed by the build in
//     self.__WB_MANIFEST (not the UI strings: see 3). Installed atomically: a new version
//     either has every file or stays "installing"; the old one keeps serving meanwhile.
//  2. Navigations: a page URL /{lang}/… gets that language's SHELL (header and navigation in
//     that language around an empty main: the precached index.html with the language's markup
//     from the precached shell/shells.json, src/shared/shell.js), which the page's
//     code renders into: it paints at once, and every contract URL (docs/contracts.md) opens
//     offline, even one never visited. "/" and unknown languages get index.html (the app picks
//     the language). Shells and assets are in one precache version, so a shell never asks for
//     assets of another version. The prerendered pages are NOT precached (the first-visit
//     budget): they are for visits without this worker. /api is never intercepted,
//     and neither is /kit/: /kit/qadam-{lang}.html must give the one-file kit, not the app
//     shell, also on a phone that has the app installed; nor /admin (the NGO dashboard).
//  3. Content packs (/packs/{lang}.{hash}.json) and each language's UI strings and urgent
//     numbers (/packs/core-{lang}.{hash}.json): cache-first, hashed names so never stale.
//     Only languages the family used are here (the page fetches them). On install, a new
//     version first downloads the new pack and strings of each language already on the
//     phone, so an update never leaves new code with old content or words missing offline.
//     On activate, files of old versions are removed.
//  4. Updates wait for the user: we skipWaiting only when the page asks (SKIP_WAITING),
//     which it does after "New version, reload" is tapped and no unsaved input is at risk.
//  5. Feedback outbox: a Background Sync handler sends queued feedback once there is a
//     connection, even if the app is closed (see the end of this file).
//  No third-party origins are ever fetched. This file imports only workbox, src/shared and the
//  generated pack list: never React, Dexie or anything from src/data, src/app or src/features.
import { precacheAndRoute, cleanupOutdatedCaches, matchPrecache, addPlugins } from 'workbox-precaching';
import { registerRoute, NavigationRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { CacheExpiration, ExpirationPlugin } from 'workbox-expiration';
import { clientsClaim } from 'workbox-core';
import manifest from '../generated/packs.json';
import { CORE_CACHE, LAZY_CACHE, OUTBOX_SYNC_TAG, PACK_CACHE, TILE_CACHE, TRACE_CACHES, isPageToWorker, type WorkerToPage } from '../shared/worker-protocol';
import { sendPending } from '../shared/outbox/send';
import { openOutboxStore } from '../shared/outbox/idb-store';
import { isTileOrigin } from '../shared/tiles.js';
import { isLang } from '../shared/langs.js';
import { shellDocument } from '../shared/shell.js';

declare const self: ServiceWorkerGlobalScope;

type PackEntry = { url: string; hash: string };
const packs = manifest.packs as Record<string, PackEntry>;
const cores = manifest.cores as Record<string, PackEntry>;
const currentPackUrls = new Set([...Object.values(packs), ...Object.values(cores)].map((p) => p.url));
/** /packs/uz.{hash}.json and /packs/core-uz.{hash}.json → 'uz' */
const langOfPackUrl = (url: string) => new URL(url, self.location.origin).pathname.match(/^\/packs\/(?:core-)?([a-z]{2})\./)?.[1];

// Install progress for the page's "Saving Qadam to this phone" strip: each precache entry
// stored is one step. Sent to every window, controlled or not (on a first visit none is yet).
// (self.__WB_MANIFEST may appear only once in this file: the build replaces that one place.)
const MANIFEST = self.__WB_MANIFEST;
const PRECACHE_TOTAL = MANIFEST.length;
let precached = 0;
let installing = false;
async function reportProgress(): Promise<void> {
  const message: WorkerToPage = { type: 'PRECACHE_PROGRESS', done: Math.min(precached, PRECACHE_TOTAL), total: PRECACHE_TOTAL };
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message);
}
addPlugins([
  {
    cacheDidUpdate: async () => {
      if (!installing) return;
      precached += 1;
      await reportProgress();
    },
  },
]);
self.addEventListener('install', () => {
  installing = true;
  void reportProgress();
});
self.addEventListener('activate', () => {
  installing = false;
});

precacheAndRoute(MANIFEST);
cleanupOutdatedCaches();

// The headers the server puts on documents (server/headers.js), the CSP above all: the build
// writes them into the worker (vite.config.ts, from that same file), so an offline page is
// as locked down as one from the network.
declare const __DOCUMENT_HEADERS__: Record<string, string>;
const DOCUMENT_HEADERS = __DOCUMENT_HEADERS__;

/** shell/shells.json (vite.config.ts): this version's index.html and each language's shell markup. */
type Shells = { template: string; markup: Record<string, string>; headers: Headers };
let shells: Promise<Shells | null> | null = null; // this version's precache never changes
async function loadShells(): Promise<Shells | null> {
  const res = await matchPrecache('/shell/shells.json');
  if (!res) return null;
  // The document headers (the CSP above all) as the server sends them for the shell file.
  const headers = new Headers({ 'content-type': 'text/html; charset=utf-8' });
  for (const [name, value] of Object.entries(DOCUMENT_HEADERS)) headers.set(name, value);
  return { ...((await res.json()) as Omit<Shells, 'headers'>), headers };
}

/** The document for a page URL: its language's shell, else (/, unknown language) the app page. */
async function documentFor(url: URL): Promise<Response> {
  shells ??= loadShells().then((s) => s ?? ((shells = null), null)); // retry later if missing
  const s = await shells;
  // Only if the precache is gone (storage cleared under us): the network, as without a worker.
  if (!s) return fetch(url.href);
  const lang = url.pathname.split('/')[1];
  const html = isLang(lang) && s.markup[lang] ? shellDocument(s.template, lang, s.markup[lang]) : s.template;
  return new Response(html, { headers: s.headers });
}

registerRoute(
  new NavigationRoute(({ url }) => documentFor(url), {
    denylist: [/^\/api\//, /^\/packs\//, /^\/kit\//, /^\/sw\.js$/, /^\/admin(?:[/?]|$)/],
  }),
);

// UI strings (/packs/core-{lang}.{hash}.json) and content packs: hashed, so cache-first.
registerRoute(({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/packs/core-'), new CacheFirst({ cacheName: CORE_CACHE }));
registerRoute(({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/packs/'), new CacheFirst({ cacheName: PACK_CACHE }));

// Map (src/features/map). (a) Online map tiles, only if the family switched them on: cached
// only as they are viewed — never prefetched or bulk-downloaded (OpenStreetMap tile usage
// policy) — at most ~400 tiles, each kept 30 days. The tile server is QADAM_TILE_URL at build
// time; its origin is the only third-party one, and only for images (server/headers.js reads
// the same template through the same parser, src/shared/tiles.js).
// (b) The "open now" chunk is not precached (~110 KiB gz, see vite.config.ts); once a place
// with hours needed it, it is kept here so it works offline too.
declare const __QADAM_TILE_URL__: string;
registerRoute(
  ({ url, request }) => request.destination === 'image' && isTileOrigin(__QADAM_TILE_URL__, url.origin),
  new CacheFirst({
    cacheName: TILE_CACHE,
    plugins: [
      { cacheWillUpdate: async ({ response }) => ([0, 200].includes(response.status) ? response : null) }, // cacheable: 0, 200
      new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true }),
    ],
  }),
);
registerRoute(
  ({ url }) => url.origin === self.location.origin && /^\/assets\/hours-[\w-]+\.js$/.test(url.pathname),
  new CacheFirst({ cacheName: LAZY_CACHE, plugins: [new ExpirationPlugin({ maxEntries: 4 })] }),
);

/**
 * Fetch this version's pack and UI strings for every language this phone has (an older pack or
 * strings cached). A phone updated from a version that precached all six languages' strings
 * has none cached yet: its packs say which languages to fetch.
 */
async function refreshInstalledPacks(): Promise<void> {
  const [packCache, coreCache] = await Promise.all([caches.open(PACK_CACHE), caches.open(CORE_CACHE)]);
  const urls = [...(await packCache.keys()), ...(await coreCache.keys())].map((r) => r.url);
  const langs = new Set(urls.map(langOfPackUrl).filter(Boolean) as string[]);
  for (const lang of langs) {
    for (const [cache, entry] of [[packCache, packs[lang]], [coreCache, cores[lang]]] as const) {
      if (!entry || (await cache.match(entry.url))) continue;
      const res = await fetch(entry.url, { cache: 'no-store' });
      // Throwing fails the install: the phone keeps the old, complete version.
      if (!res.ok) throw new Error(`${entry.url}: ${res.status}`);
      await cache.put(entry.url, res);
    }
  }
}

async function pruneOldPacks(): Promise<void> {
  for (const name of [PACK_CACHE, CORE_CACHE]) {
    const cache = await caches.open(name);
    for (const req of await cache.keys()) {
      if (!currentPackUrls.has(new URL(req.url).pathname)) await cache.delete(req);
    }
  }
}

self.addEventListener('install', (event) => event.waitUntil(refreshInstalledPacks()));
self.addEventListener('activate', (event) => event.waitUntil(pruneOldPacks()));

/**
 * "Erase everything" (src/data/storage.ts): the family's trace caches, and workbox's expiry
 * records of them, which list every cached URL (tile URLs are places) in IndexedDB. Done
 * here because this worker holds that database open, so the page could not delete it.
 */
async function eraseTraces(): Promise<void> {
  for (const name of TRACE_CACHES) {
    await new CacheExpiration(name, { maxEntries: 1 }).delete(); // drops this cache's expiry records
    await caches.delete(name);
  }
}

self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (!isPageToWorker(data)) return;
  if (data.type === 'SKIP_WAITING') void self.skipWaiting();
  if (data.type === 'ERASE_TRACES') {
    const erased: WorkerToPage = { type: 'TRACES_ERASED' };
    event.waitUntil(eraseTraces().then(() => event.ports[0]?.postMessage(erased)));
  }
});

// Feedback outbox (Background Sync). After queueing feedback the page registers the tag
// OUTBOX_SYNC_TAG; the browser fires `sync` here when there is a connection. We send with the
// page's own sending core (src/shared/outbox/send.ts) over plain IndexedDB (no Dexie here),
// then tell open pages, whose live queries cannot see plain IndexedDB writes. Throwing makes
// the browser try again later, with its own backoff.
type SyncEvent = ExtendableEvent & { tag: string };
async function syncOutbox(): Promise<void> {
  const store = await openOutboxStore();
  if (!store) return; // the page never created the database: nothing was queued
  const outcome = await sendPending(store).finally(() => store.close());
  if (outcome.delivered + outcome.failed > 0) {
    const changed: WorkerToPage = { type: 'OUTBOX_CHANGED' };
    for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(changed);
  }
  if (outcome.status === 'retry') throw new Error(`outbox not sent: ${outcome.reason}`);
}
self.addEventListener('sync', ((event: SyncEvent) => {
  if (event.tag === OUTBOX_SYNC_TAG) event.waitUntil(syncOutbox());
}) as EventListener);

// Take control of open pages on first install, so the first visit is offline-capable
// without a reload. On updates this runs only after the user accepted SKIP_WAITING.
clientsClaim();
