// What the page and the service worker must agree on: cache names, the Background Sync tag and
// the typed messages between them. Both sides import this file and it imports nothing, so
// src/data (the page) and src/sw (the worker) never import each other, and a message that one
// side sends and the other does not understand is a type error.

/** Content packs (/packs/{lang}.{hash}.json): the worker fills it, the page reads and erases it. */
export const PACK_CACHE = 'qadam-packs-v1';
/** Online map tiles the family looked at: a record of places, so "erase everything" clears it. */
export const TILE_CACHE = 'qadam-tiles';
/** Lazily loaded code kept for offline use (the "open now" chunk). */
export const LAZY_CACHE = 'qadam-lazy';

/** Background Sync tag: the page registers it after queueing feedback; the worker sends on it. */
export const OUTBOX_SYNC_TAG = 'qadam-outbox';

/** Page → worker. */
export type PageToWorker = { type: 'SKIP_WAITING' }; // the user accepted "New version, reload"

/** Worker → page. */
export type WorkerToPage =
  | { type: 'OUTBOX_CHANGED' } // the worker sent (or failed) queued feedback: pages recount
  // First install: `done` of the `total` precache entries are stored (the "Saving Qadam" strip).
  | { type: 'PRECACHE_PROGRESS'; done: number; total: number };

export const isPageToWorker = (data: unknown): data is PageToWorker => (data as { type?: unknown } | null)?.type === 'SKIP_WAITING';
export const isWorkerToPage = (data: unknown): data is WorkerToPage => {
  const d = data as { type?: unknown; done?: unknown; total?: unknown } | null;
  if (d?.type === 'OUTBOX_CHANGED') return true;
  return d?.type === 'PRECACHE_PROGRESS' && typeof d.done === 'number' && typeof d.total === 'number';
};
