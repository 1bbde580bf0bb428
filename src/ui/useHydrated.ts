// false while the server renders and while React hydrates a prerendered page, true after (and
// on every client-only render). Things only a phone knows (can it share? today's date) wait for
// it, so the first render always matches the prerendered HTML.
import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
