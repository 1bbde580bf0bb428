/// <reference lib="webworker" />
// Qadam's service worker: the whole caching policy, in one place.
//
//  1. Precache (workbox-precaching): the shell, every lazy chunk and all six languages' UI
//     strings, listed by the build in self.__WB_MANIFEST. Installed atomically: a new version
//     either has every file or stays "installing"; the old one keeps serving meanwhile.
//  2. Navigations: any in-scope page URL gets the precached index.html, so every contract URL
//     (docs/contracts.md) opens offline, even one never visited. /api is never intercepted.
//  3. Content packs (/packs/{lang}.{hash}.json): cache-first, hashed names so never stale.
//     Only languages the family chose are here. On install, a new version first downloads
//     the new pack of each language already on the phone, so an update never leaves new
//     code with old content missing offline. On activate, packs of old versions are removed.
//  4. Updates wait for the user: we skipWaiting only when the page asks (SKIP_WAITING),
//     which it does after "New version, reload" is tapped and no unsaved input is at risk.
//  5. Feedback outbox: a Background Sync handler sends queued feedback once there is a
//     connection, even if the app is closed (see the end of this file).
//  No third-party origins are ever fetched. This file imports only workbox, src/shared and the
//  generated pack list: never React, Dexie or anything from src/data, src/app or src/features.
import { precacheAndRoute, cleanupOutdatedCaches, createHandlerBoundToURL, addPlugins } from 'workbox-precaching';
import { registerRoute, NavigationRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { clientsClaim } from 'workbox-core';
import manifest from '../generated/packs.json';
import { LAZY_CACHE, OUTBOX_SYNC_TAG, PACK_CACHE, TILE_CACHE, isPageToWorker, type WorkerToPage } from '../shared/worker-protocol';
import { sendPending } from '../shared/outbox/send';
import { openOutboxStore } from '../shared/outbox/idb-store';
import { isTileOrigin } from '../shared/tiles.js';

declare const self: ServiceWorkerGlobalScope;

type PackEntry = { url: string; hash: string };
const packs = manifest.packs as Record<string, PackEntry>;
const currentPackUrls = new Set(Object.values(packs).map((p) => p.url));
const langOfPackUrl = (url: string) => new URL(url, self.location.origin).pathname.match(/^\/packs\/([a-z]{2})\./)?.[1];

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

registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api\//, /^\/packs\//, /^\/sw\.js$/],
  }),
);

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

/** Fetch this version's pack for every language that has an older pack cached. */
async function refreshInstalledPacks(): Promise<void> {
  const cache = await caches.open(PACK_CACHE);
  const langs = new Set((await cache.keys()).map((r) => langOfPackUrl(r.url)).filter(Boolean) as string[]);
  for (const lang of langs) {
    const entry = packs[lang];
    if (!entry || (await cache.match(entry.url))) continue;
    const res = await fetch(entry.url, { cache: 'no-store' });
    // Throwing fails the install: the phone keeps the old, complete version.
    if (!res.ok) throw new Error(`pack ${entry.url}: ${res.status}`);
    await cache.put(entry.url, res);
  }
}

async function pruneOldPacks(): Promise<void> {
  const cache = await caches.open(PACK_CACHE);
  for (const req of await cache.keys()) {
    if (!currentPackUrls.has(new URL(req.url).pathname)) await cache.delete(req);
  }
}

self.addEventListener('install', (event) => event.waitUntil(refreshInstalledPacks()));
self.addEventListener('activate', (event) => event.waitUntil(pruneOldPacks()));

self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (!isPageToWorker(data)) return;
  if (data.type === 'SKIP_WAITING') void self.skipWaiting();
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
