// Outreach mode shows a page in two languages: the family's (the URL's) and the worker's.
import { useObservable } from '../../data/observable';
import type { Lang } from '../../shared/langs.js';
import { outreach } from './outreach';

/** The worker's language when side by side is on and differs from the page's; else null. */
export function useWorkerLang(lang: Lang): Lang | null {
  const { on, workerLang } = useObservable(outreach);
  return on && workerLang !== lang ? workerLang : null;
}
