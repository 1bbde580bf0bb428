import { useEffect, useState } from 'react';
import { db } from '../../data/db';
import type { Lang } from '../../shared/langs.js';
import { loadIndex, type LoadedIndex } from './engine';
import { useObservable } from '../../data/observable';
import { packStates } from '../../data/packs';

// One parsed index per language and pack version, kept while the app is open.
const cache = new Map<string, LoadedIndex>();

export function useSearchIndex(lang: Lang): LoadedIndex | null {
  const installed = useObservable(packStates)[lang] === 'installed';
  const [index, setIndex] = useState<LoadedIndex | null>(null);
  useEffect(() => {
    if (!installed) return;
    let live = true;
    void (async () => {
      const [record, pack] = await Promise.all([db.search.get(lang), db.packs.get(lang)]);
      if (!record || !pack) return;
      const cacheKey = `${lang}:${pack.hash}`;
      let loaded = cache.get(cacheKey);
      if (!loaded) {
        loaded = loadIndex(record);
        cache.set(cacheKey, loaded);
      }
      if (live) setIndex(loaded);
    })();
    return () => {
      live = false;
    };
  }, [lang, installed]);
  return index;
}
