// Storage on the phone: how much is used, asking the browser to keep it, and erase-all.
import { getDb } from './database';
import { PACK_CACHE } from '../shared/worker-protocol';

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

/**
 * Erase everything personal and downloaded: the database (answers, notes, outbox,
 * settings, content), downloaded language packs and local storage. The app shell stays
 * precached so Qadam still opens; content comes back the next time there is a connection.
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

export async function eraseEverything(): Promise<void> {
  const db = await getDb();
  db.close();
  await db.delete();
  if ('caches' in window) await caches.delete(PACK_CACHE);
  localStorage.clear();
  sessionStorage.clear();
}
