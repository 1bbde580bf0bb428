// The typed bridge between the page and the service worker. Both sides import this file,
// so a message that one side sends and the other does not understand is a type error.
// This file must stay free of DOM and React imports: the service worker imports it.

export const PACK_CACHE = 'qadam-packs-v1';

export type PageToWorker =
  | { type: 'SKIP_WAITING' } // the user accepted "New version, reload"
  | { type: 'GET_VERSION' };

export type WorkerToPage =
  | { type: 'VERSION'; appVersion: string; contentVersion: string }
  | OutboxChangedMessage; // the worker sent (or failed) queued feedback: pages recount

export const OUTBOX_CHANGED = 'OUTBOX_CHANGED';
export type OutboxChangedMessage = { type: typeof OUTBOX_CHANGED };
export const isOutboxChanged = (data: unknown): data is OutboxChangedMessage =>
  (data as { type?: unknown } | null)?.type === OUTBOX_CHANGED;

export function isPageToWorker(data: unknown): data is PageToWorker {
  const t = (data as { type?: unknown } | null)?.type;
  return t === 'SKIP_WAITING' || t === 'GET_VERSION';
}
