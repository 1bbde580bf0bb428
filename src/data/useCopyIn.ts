// The same item in another language, live from Dexie. Articles, checklists and points have
// the same id in every language, so the other copy is one lookup (outreach side by side).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Lang } from '../shared/langs.js';

/**
 * `undefined` while reading, or when `other` is null (nothing to show); `copy: null` when that
 * language's pack is not on the phone.
 */
export function useCopyIn<T>(
  other: Lang | null,
  load: (lang: Lang) => Promise<T | undefined>,
  deps: readonly unknown[],
): { lang: Lang; copy: T | null } | undefined {
  return useLiveQuery(
    async () => (other ? { lang: other, copy: (await load(other)) ?? null } : undefined),
    // `load` is a fresh closure each render; what it reads is in `deps`.
    [other, ...deps],
  );
}
