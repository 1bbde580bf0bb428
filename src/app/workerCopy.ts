// Outreach mode shows a page in two languages: the family's (the URL's) and the worker's.
// Articles and checklists have the same id in every language, so the worker's copy is one
// lookup; this hook is that lookup, shared by both features.
import { useLiveQuery } from 'dexie-react-hooks';
import { useObservable } from '../data/observable';
import type { Lang } from '../i18n/langs';
import { outreach } from './outreach';

/**
 * `undefined` while reading, or when there is nothing to show (outreach off, or the worker
 * reads the family's language); `copy: null` when the worker's language is not on the phone.
 */
export function useWorkerCopy<T>(
  lang: Lang,
  load: (workerLang: Lang) => Promise<T | undefined>,
  deps: unknown[],
): { workerLang: Lang; copy: T | null } | undefined {
  const { on, workerLang } = useObservable(outreach);
  return useLiveQuery(
    async () => (on && workerLang !== lang ? { workerLang, copy: (await load(workerLang)) ?? null } : undefined),
    // `load` is a fresh closure each render; what it reads is in `deps`.
    [on, workerLang, lang, ...deps],
  );
}
