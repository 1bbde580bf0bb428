// One queued feedback item, as stored in the `outbox` table of the phone's IndexedDB
// database. The page writes it through Dexie (src/data/db.ts declares the table with these
// names); the service worker reads and settles it with plain IndexedDB (./idb-store.ts).
// The names below are the one place both sides take them from.
export const DB_NAME = 'qadam';
export const OUTBOX_STORE = 'outbox';
/** Index on `state`, declared by the Dexie schema (src/data/db.ts, version 2). */
export const OUTBOX_STATE_INDEX = 'state';
/**
 * Ids our server confirmed, kept a day (src/data/db.ts, version 3): what lets a form say
 * "Sent" only for the item the server has, not for one that was deleted. Ids only: no text.
 */
export const SENT_STORE = 'sent';
export const SENT_AT_INDEX = 'at';
export const SENT_KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * The ids of the request on its way, in the `settings` table (v1): written before a request
 * leaves and cleared when its outcome is recorded. One left behind means the page or worker
 * died mid-request, so those records' outcome never came: they count as tried.
 */
export const SETTINGS_STORE = 'settings';
export const IN_FLIGHT_KEY = 'outboxInFlight';

export interface SentRecord {
  id: string;
  at: number; // ms since epoch, when the server's confirmation arrived
}

export type OutboxState = 'pending' | 'failed';

export interface OutboxRecord {
  id: string; // client-made UUID: the server stores each id once
  state: OutboxState;
  item: Record<string, unknown>; // exactly what POST /api/feedback receives
  createdAt: string;
  error?: string; // why it is not sent (state 'failed'), shown to the family
  /**
   * Set when OUR server refused this very item (a per-item `invalid`/`conflict`, or the item
   * refused on its own): sending it unchanged cannot help, so it is never retried
   * automatically; "Try again" still can. A failed record without it was failed by an older
   * app version, often for a proxy's 4xx: that is retried automatically (autoRetries).
   */
  final?: boolean;
  /** Automatic retries used on this record after it was failed (at most AUTO_RETRY_CAP). */
  autoRetries?: number;
  /**
   * Requests that carried it and got no definite answer (a network error, a timeout, a page
   * not from our server, a 5xx from a gateway): the server may have it without the phone
   * knowing, so deleting it can no longer promise "it was not sent".
   */
  tries?: number;
}

/** Automatic retries of a failed record that our server did not refuse; then only by hand. */
export const AUTO_RETRY_CAP = 3;

/** A failed record worth trying again without being asked: not our server's verdict, under the cap. */
export const autoRetryable = (r: OutboxRecord): boolean => r.state === 'failed' && !r.final && (r.autoRetries ?? 0) < AUTO_RETRY_CAP;

/** What the sending core needs from storage: the page gives it Dexie, the worker plain IndexedDB. */
export interface OutboxStore {
  /** Every pending record (any order). */
  pending(): Promise<OutboxRecord[]>;
  /**
   * Before a request leaves: note its ids as in flight (IN_FLIGHT_KEY). A note still there
   * from an earlier request, whose outcome never came, is first turned into tries.
   */
  beginTry(ids: string[]): Promise<void>;
  /**
   * No verdict on them (settle() was not called): clear the note; `uncertain` (the server may
   * have them: a network error, a page not from our server, a gateway's 5xx) counts a try on each.
   */
  endTry(ids: string[], uncertain: boolean): Promise<void>;
  /**
   * Our server answered. In one transaction: delete what it confirmed (and remember it as
   * sent), mark failed and `final` what it refused for good, and clear the in-flight note.
   */
  settle(done: string[], refused: { id: string; reason: string }[]): Promise<void>;
}
