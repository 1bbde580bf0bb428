// Page side of the service worker: registration, the update prompt, and "ready offline".
// Uses workbox-window, which knows the subtle lifecycle cases (a worker already waiting
// when the page opens, an update found while the page is open…).
import { Workbox } from 'workbox-window';
import { observable } from '../data/observable';
import { hasUnsavedInput } from '../ui/unsaved';
import { isWorkerToPage } from '../shared/worker-protocol';

export const swReady = observable(false); // precache complete and a worker active
export const updateWaiting = observable(false); // a new version is installed and waiting
/** First install: precache entries stored so far, from the worker (null until it reports). */
export const precacheProgress = observable<{ done: number; total: number } | null>(null);

let wb: Workbox | null = null;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  navigator.serviceWorker.addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (isWorkerToPage(data) && data.type === 'PRECACHE_PROGRESS') precacheProgress.set({ done: data.done, total: data.total });
  });
  navigator.serviceWorker.startMessages(); // deliver now, not only after the document has loaded
  // A worker already controls this page: it activated, so its precache is complete. Say so now,
  // not after the load event (workbox-window registers only then).
  if (navigator.serviceWorker.controller) swReady.set(true);
  wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => updateWaiting.set(true));
  void wb
    .register()
    .then(() => navigator.serviceWorker.ready)
    .then(() => swReady.set(true))
    .catch(() => undefined); // not allowed here (private mode, a blocked worker): the app still works online
  // Look for a new version when the family comes back to the app or gets a connection.
  const check = () => void wb?.update().catch(() => undefined);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
  window.addEventListener('online', check);
}

/**
 * The user tapped "Reload". Never reload over unsaved input without asking: the prompt
 * stays available, so they can finish and tap it again.
 */
export function acceptUpdate(confirmLoss: () => boolean): void {
  if (!wb) return;
  if (hasUnsavedInput() && !confirmLoss()) return;
  wb.addEventListener('controlling', () => window.location.reload());
  wb.messageSkipWaiting();
}
