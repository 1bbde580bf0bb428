// Like useLiveQuery, but the first render gets the snapshot's value (./snapshot.ts) when there
// is one, so a prerendered page hydrates with the markup it was built with.
import { useLiveQuery } from 'dexie-react-hooks';
import { snapshot, type ContentRead } from './snapshot';

export function useContent<T>(read: ContentRead<T>): T | undefined {
  return useLiveQuery(read.query, [...read.deps], snapshot.get(read.key) as T | undefined);
}
