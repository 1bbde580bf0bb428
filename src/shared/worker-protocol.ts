// What the page and the service worker must agree on: cache names, the Background Sync tag and
// the typed messages between them. Both sides import this file and it imports nothing, so
// src/data (the page) and src/sw (the worker) never import each other, and a message that one
// side sends and the other does not understand is a type error.

/** Content packs (/packs/{lang}.{hash}.json): the worker fills it, the page reads and erases it. */
export const PACK_CACHE = 'qadam-packs-v1';
/** Online map tiles the family looked at: a record of places, so "erase everything" clears it. */
export const TILE_CACHE = 'qadam-tiles';
/**
 * Each language's UI strings and urgent numbers (/packs/core-{lang}.{hash}.json), kept for the
 * languages this phone has used: the page fills it (src/shared/cached-fetch.ts), the worker
 * refreshes it on an update. "Erase everything" keeps only the language on screen: without it
 * Qadam could not show a word offline afterwards.
 */
export const CORE_CACHE = 'qadam-core-v1';
/** Lazily loaded code kept for offline use (the "open now" chunk). */
export const LAZY_CACHE = 'qadam-lazy';

/**
 * Caches that hold traces of one family: tiles (places they looked at), packs (the languages
 * they read), the "open now" chunk (that they opened a place with hours). "Erase everything"
 * clears them, and the worker's expiry records of them (workbox-expiration keeps every
 * cached URL in IndexedDB). Only the precached shell stays: it is the same on every phone,
 * so it tells nothing about anyone, and it is what lets Qadam still open afterwards.
 */
export const TRACE_CACHES = [TILE_CACHE, PACK_CACHE, LAZY_CACHE] as const;
/** Workbox names the precache `workbox-precache-v2-<scope>`. */
export const isShellCache = (name: string) => name.startsWith('workbox-precache');

/** Background Sync tag: the page registers it after queueing feedback; the worker sends on it. */
export const OUTBOX_SYNC_TAG = 'qadam-outbox';

/** Page → worker. */
export type PageToWorker =
  | { type: 'SKIP_WAITING' } // the user accepted "New version, reload"
  | { type: 'ERASE_TRACES' }; // "Erase everything": clear TRACE_CACHES and their expiry records, answer on the port

/** Worker → page. */
export type WorkerToPage =
  | { type: 'OUTBOX_CHANGED' } // the worker sent (or failed) queued feedback: pages recount
  | { type: 'TRACES_ERASED' } // the answer to ERASE_TRACES, on its MessageChannel port
  // First install: `done` of the `total` precache entries are stored (the "Saving Qadam" strip).
  | { type: 'PRECACHE_PROGRESS'; done: number; total: number };

const typeOf = (data: unknown) => (data as { type?: unknown } | null)?.type;
export const isPageToWorker = (data: unknown): data is PageToWorker => typeOf(data) === 'SKIP_WAITING' || typeOf(data) === 'ERASE_TRACES';
export const isWorkerToPage = (data: unknown): data is WorkerToPage => {
  const d = data as { type?: unknown; done?: unknown; total?: unknown } | null;
  if (d?.type === 'OUTBOX_CHANGED' || d?.type === 'TRACES_ERASED') return true;
  return d?.type === 'PRECACHE_PROGRESS' && typeof d.done === 'number' && typeof d.total === 'number';
};
