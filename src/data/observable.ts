// A minimal observable value for app-wide signals (connectivity, service worker state,
// errors) that React reads through useSyncExternalStore. No library needed for this.
import { useSyncExternalStore } from 'react';

export interface Observable<T> {
  get(): T;
  set(next: T | ((prev: T) => T)): void;
  subscribe(listener: () => void): () => void;
}

export function observable<T>(initial: T): Observable<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
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
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
