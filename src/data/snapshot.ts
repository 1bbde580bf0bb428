// Content for the FIRST render of a page, so a prerendered page hydrates with exactly the
// markup it was built with. Dexie's live queries answer asynchronously (undefined on the first
// render), which would not match the HTML. So:
//   - at build time (src/app/prerender.tsx) the route's data is put here from the pack file;
//   - on the phone, src/app/boot.tsx reads the same data from Dexie BEFORE hydrateRoot;
//   - useContent() starts from that value and then follows the live query as before.
// The snapshot is cleared once the page has hydrated: later visits read Dexie as usual.
// (useContent, the hook, is in ./useContent.ts: it needs Dexie, which the boot code must not load.)

const values = new Map<string, unknown>();

export const snapshot = {
  set: (key: string, value: unknown) => void values.set(key, value),
  get: (key: string) => values.get(key),
  clear: () => values.clear(),
};

/** A content read: its snapshot key, the live query, and what the query depends on. */
export interface ContentRead<T> {
  key: string;
  query: () => Promise<T>;
  deps: readonly unknown[];
}

/** Runs the read once and keeps its answer for the first render (boot code, before hydrating). */
export async function preload<T>(read: ContentRead<T>): Promise<T> {
  const value = await read.query();
  values.set(read.key, value);
  return value;
}
