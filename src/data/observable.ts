// A minimal observable value for app-wide signals (connectivity, service worker state,
// errors) that React reads through useSyncExternalStore. No library needed for this.
//
// Hydration: prerendered pages were rendered at build time, where no phone state exists. So by
// default React reads an observable's INITIAL value while it hydrates (and on the server), and
// re-renders with the current one right after: the first render always matches the HTML.
// `hydrateWith: 'current'` is for state the boot code settles before hydrating (pack states).
import { useSyncExternalStore } from 'react';

export interface Observable<T> {
  get(): T;
  /** What the server rendered with, and so what hydration must render with. */
  serverValue(): T;
  set(next: T | ((prev: T) => T)): void;
  subscribe(listener: () => void): () => void;
}

export function observable<T>(initial: T, options: { hydrateWith?: 'initial' | 'current' } = {}): Observable<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const current = () => value;
  return {
    get: current,
    serverValue: options.hydrateWith === 'current' ? current : () => initial,
    set(next) {
      const resolved = typeof next === 'function' ? (next as (p: T) => T)(value) : next;
      if (Object.is(resolved, value)) return;
      value = resolved;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useObservable<T>(store: Observable<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.serverValue);
}
