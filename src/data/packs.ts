// Getting a language's content onto the phone: from the pack cache if the service worker
// (or an earlier visit) put it there, else from the network, then into Dexie.
// The Cache Storage copy is what lets a new app version swap content atomically: the new
// service worker downloads new packs for every installed language before it activates.
import manifest from '../generated/packs.json';
import type { Lang } from '../shared/langs.js';
import { LANGS } from '../shared/langs.js';
import { getDb } from './database';
import { assertPack, importPack } from './pack-import';
import { reportError } from './errors';
import { observable } from './observable';
import { CORE_CACHE, PACK_CACHE } from '../shared/worker-protocol';
import { cachedFetch } from '../shared/cached-fetch';

export const contentVersion: string = manifest.contentVersion;
export type PackInfo = { url: string; hash: string; bytes: number; gzipBytes: number };
export const packInfo = manifest.packs as Record<Lang, PackInfo>;

export type PackState = 'unknown' | 'installed' | 'downloading' | 'missing' | 'failed';
// The boot code settles the URL's language before hydrating a content page (src/app/boot.tsx), so
// hydration reads the current value, as the prerender did (where it is 'installed').
export const packStates = observable<Partial<Record<Lang, PackState>>>({}, { hydrateWith: 'current' });
const setState = (lang: Lang, s: PackState) => packStates.set((prev) => ({ ...prev, [lang]: s }));

/** Each language's UI strings and urgent numbers, a file of its own (src/i18n loads it). */
export const coreInfo = manifest.cores as Record<Lang, { url: string; hash: string; gzipBytes: number }>;

/** The language's UI strings into CORE_CACHE too: content without words around it is no use offline. */
async function ensureCore(lang: Lang): Promise<void> {
  await cachedFetch(CORE_CACHE, coreInfo[lang].url);
}

const running = new Map<Lang, Promise<PackState>>();

/** Make sure the current content for `lang` is in Dexie. Safe to call often. */
export function ensurePack(lang: Lang): Promise<PackState> {
  const existing = running.get(lang);
  if (existing) return existing;
  const job = (async (): Promise<PackState> => {
    const info = packInfo[lang];
    const db = await getDb();
    const current = await db.packs.get(lang);
    if (current?.hash === info.hash && (await ensureCore(lang).then(() => true, () => false))) {
      setState(lang, 'installed');
      return 'installed';
    }
    setState(lang, 'downloading');
    try {
      await ensureCore(lang);
      const res = await cachedFetch(PACK_CACHE, info.url);
      const pack: unknown = await res.json();
      assertPack(pack, lang, info.hash);
      await importPack(db, pack);
      setState(lang, 'installed');
      return 'installed';
    } catch (e) {
      // Old content, if any, is still there and still readable.
      const fallback: PackState = current ? 'installed' : navigator.onLine === false ? 'missing' : 'failed';
      if (!(e instanceof TypeError)) reportError(e); // TypeError = network down: not an error to shout about
      setState(lang, fallback);
      return fallback;
    }
  })().finally(() => running.delete(lang));
  running.set(lang, job);
  return job;
}

/** Languages whose current pack is in Dexie. */
export async function installedLangs(): Promise<Lang[]> {
  const rows = await (await getDb()).packs.toArray();
  return rows.filter((r) => packInfo[r.lang]?.hash === r.hash).map((r) => r.lang);
}

export function bytesToDownload(langs: readonly Lang[]): number {
  return langs.reduce((sum, l) => sum + packInfo[l].gzipBytes + coreInfo[l].gzipBytes, 0);
}

export async function downloadAll(): Promise<PackState[]> {
  const results: PackState[] = [];
  for (const lang of LANGS) results.push(await ensurePack(lang)); // one at a time: gentle on slow links
  return results;
}
