// Dexie is ~35 KiB gzipped: more than a quarter of the home route's JS budget. The home
// page can paint without it, so code that runs at start-up reaches the database through
// this lazy handle; content pages (already lazy) may import ./db directly.
import type { QadamDB } from './db';

let handle: Promise<QadamDB> | null = null;

export function getDb(): Promise<QadamDB> {
  handle ??= import('./db').then((m) => m.db);
  return handle;
}
