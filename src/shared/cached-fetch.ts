// A file that must work offline once it has been seen: from its cache, else from the network
// into the cache. The page uses it for content packs and UI strings; on the very first visit no
// service worker controls the page yet, so the page stores what it fetched itself.

/** The response for `url` from cache `cacheName`, else fetched (and stored when 200). */
export async function cachedFetch(cacheName: string, url: string): Promise<Response> {
  const cache = typeof caches === 'undefined' ? null : await caches.open(cacheName).catch(() => null);
  const hit = await cache?.match(url);
  if (hit) return hit;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  // A full disk must not lose what was just downloaded: this visit still uses it.
  if (cache) await cache.put(url, res.clone()).catch(() => undefined);
  return res;
}

/** Whether `url` is in cache `cacheName` (no network). */
export async function isCached(cacheName: string, url: string): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  return !!(await (await caches.open(cacheName)).match(url));
}
