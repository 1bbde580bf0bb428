// "Ready to use without internet" = the service worker has precached the shell (all UI
// strings included) AND this language's content pack is in Dexie. Mirrors the state on
// <html data-offline-ready="true">, which tests and outreach workers can rely on.
import { useEffect } from 'react';
import { useObservable } from '../data/observable';
import { packStates } from '../data/packs';
import { swReady } from './sw-bridge';
import { requestPersistence } from '../data/storage';
import { getSetting, setSetting } from '../data/settings';
import { queueOncePerPhone } from '../data/outbox/queue';
import type { Lang } from '../shared/langs.js';

export function useOfflineReady(lang: Lang): boolean {
  const sw = useObservable(swReady);
  const packs = useObservable(packStates);
  const ready = sw && packs[lang] === 'installed';
  // Campaign counting, step one (issue 13): the app was opened on this phone, whether or not
  // it ever gets ready offline. Once per phone; offline it waits in the outbox.
  // (A later language change asks again and is told "already queued".)
  useEffect(() => {
    void queueOncePerPhone('opened', lang).catch(() => undefined);
  }, [lang]);
  useEffect(() => {
    const root = document.documentElement;
    if (ready) root.dataset.offlineReady = 'true';
    else delete root.dataset.offlineReady;
    if (!ready) return;
    void queueOncePerPhone('activation', lang).catch(() => undefined); // campaign counting, once per phone (issue 7)
    // A sensible moment to ask the browser to keep our storage: the family now holds a
    // working offline kit. Asked once; Settings offers it again.
    void getSetting('persistAsked').then(async (asked) => {
      if (asked) return;
      await setSetting('persistAsked', true);
      await requestPersistence();
    });
  }, [ready, lang]);
  return ready;
}
