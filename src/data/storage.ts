// Storage on the phone: how much is used, asking the browser to keep it, and erase-all.
import { getDb } from './database';
import { CORE_CACHE, isShellCache, isWorkerToPage, type PageToWorker } from '../shared/worker-protocol';
import { isLang } from '../shared/langs.js';
import { coreInfo } from './packs';

export async function estimateUsage(): Promise<{ used: number; quota: number } | null> {
  if (!navigator.storage?.estimate) return null;
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  return { used: usage, quota };
}

export async function isPersisted(): Promise<boolean> {
  return (await navigator.storage?.persisted?.()) ?? false;
}

/** Ask once the app holds something worth keeping (it just became ready offline). */
export async function requestPersistence(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await isPersisted()) return true;
  return navigator.storage.persist();
}

/** How long Erase waits for the service worker's answer before clearing what it can itself. */
const WORKER_ERASE_TIMEOUT_MS = 5_000;

/** Workbox's expiry records (every URL in an expiring cache): the worker holds it open. */
const EXPIRY_DB = 'workbox-expiration';

/** Ask the active service worker to erase its trace caches and their expiry records. True once it has. */
async function eraseWorkerTraces(): Promise<boolean> {
  const worker = (await navigator.serviceWorker?.getRegistration())?.active;
  if (!worker) return false;
  const channel = new MessageChannel();
  const answered = new Promise<boolean>((resolve) => {
    channel.port1.onmessage = (e) => isWorkerToPage(e.data) && e.data.type === 'TRACES_ERASED' && resolve(true);
  });
  const ask: PageToWorker = { type: 'ERASE_TRACES' };
  worker.postMessage(ask, [channel.port2]);
  const done = await Promise.race([answered, new Promise<boolean>((r) => setTimeout(() => r(false), WORKER_ERASE_TIMEOUT_MS))]);
  channel.port1.close();
  return done;
}

/**
 * Deletes one IndexedDB database. Resolves when it is gone, or when it is "blocked" by a
 * connection another context holds open: the deletion then completes once that closes.
 */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

/**
 * Erase everything personal and downloaded: the database (answers, notes, outbox, sent ids,
 * settings, content), every cache but the precached shell and the UI strings on screen (map tiles = places looked at,
 * language packs, lazily loaded code) with the worker's records of them, any other
 * IndexedDB database, local and session storage. The app shell stays precached so Qadam
 * still opens; content comes back the next time there is a connection.
 */
const ERASED_KEY = 'qadam.erased';

/** After erasing, the page reloads; this note (session only, no data) lets it say "Everything is erased." */
export function rememberErased(): void {
  try {
    sessionStorage.setItem(ERASED_KEY, '1');
  } catch {
    // private mode: the reload just shows no message
  }
}

let erasedThisLoad: boolean | undefined;
/** True on the first page after an erase (read once per page load, then forgotten). */
export function takeErased(): boolean {
  if (erasedThisLoad === undefined) {
    try {
      erasedThisLoad = sessionStorage.getItem(ERASED_KEY) === '1';
      sessionStorage.removeItem(ERASED_KEY);
    } catch {
      erasedThisLoad = false;
    }
  }
  return erasedThisLoad;
}

/**
 * The UI strings of the language on screen stay (the page reloads in it, and offline Qadam could
 * not say a word without them); those of any other language the family used go.
 */
async function keepOnlyShownLanguage(): Promise<void> {
  const shown = document.documentElement.lang;
  const keep = isLang(shown) ? coreInfo[shown].url : null;
  const cache = await caches.open(CORE_CACHE);
  for (const req of await cache.keys()) if (new URL(req.url).pathname !== keep) await cache.delete(req);
}

export async function eraseEverything(): Promise<void> {
  const db = await getDb();
  db.close();
  await db.delete();
  const workerErased = await eraseWorkerTraces();
  if ('caches' in window) {
    for (const name of await caches.keys()) {
      if (isShellCache(name)) continue;
      if (name === CORE_CACHE) await keepOnlyShownLanguage();
      else await caches.delete(name);
    }
  }
  // The expiry records: emptied by the worker, which keeps them open (deleting them from
  // here would only wait on it); with no worker to ask, nobody holds them, so delete them.
  const others = (await indexedDB.databases?.().catch(() => [])) ?? [{ name: EXPIRY_DB }];
  for (const { name } of others) if (name && !(workerErased && name === EXPIRY_DB)) await deleteDatabase(name);
  localStorage.clear();
  sessionStorage.clear();
}
