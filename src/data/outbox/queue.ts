// The feedback outbox on the phone (the "records queue" of the Enketo Express model): what
// the family wrote waits here, in the Dexie `outbox` table, until the server confirms it.
// Sending is src/shared/outbox/send.ts; when to send is src/data/outbox/sync.ts.
//
// enqueue() adds everything the server needs that the form does not know: a client-made
// id (what makes resending safe), the time, the language, the app and content versions,
// and the campaign tag this phone first came from. Nothing else: no name, no place.
import type { OutboxRecord, QadamDB } from '../db';
import { getDb } from '../database';
import { getSetting } from '../settings';
import { reportError } from '../errors';
import { contentVersion } from '../packs';
import { DEFAULT_LANG, isLang, type Lang } from '../../shared/langs.js';
import { LIMITS, SRC_TAG, type FEEDBACK_KINDS, type PROBLEM_REASONS } from '../../shared/facts.js';
import { withOutboxLock } from '../../shared/outbox/send';
import { IN_FLIGHT_KEY, autoRetryable } from '../../shared/outbox/record';

export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export type ProblemReason = (typeof PROBLEM_REASONS)[number];

/** What a form knows. Empty optional fields are left out of the item (the server refuses null). */
export interface FeedbackInput {
  kind: FeedbackKind;
  target?: string;
  rating?: 'up' | 'down';
  reason?: ProblemReason;
  comment?: string;
  lang?: Lang;
}

/** 'enqueue' and 'retry' put something to send in the outbox; 'remove' took one out. */
export type OutboxChange = 'enqueue' | 'retry' | 'remove';
const listeners = new Set<(change: OutboxChange) => void>();

/** Told after every change this page makes (sync.ts sends and recounts on it). */
export function onOutboxChange(listener: (change: OutboxChange) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const changed = (change: OutboxChange) => listeners.forEach((l) => l(change));

const short = (s: string) => s.slice(0, LIMITS.versionChars); // the server's limit for versions

async function itemFor(input: FeedbackInput): Promise<Record<string, unknown>> {
  const savedLang = input.lang ? undefined : await getSetting<string>('lang').catch(() => undefined);
  const src = await getSetting<string>('src').catch(() => undefined);
  const comment = input.comment?.trim();
  const item: Record<string, unknown> = {
    id: crypto.randomUUID(),
    kind: input.kind,
    target: input.target,
    rating: input.rating,
    reason: input.reason,
    comment: comment || undefined,
    lang: input.lang ?? (isLang(savedLang) ? savedLang : DEFAULT_LANG),
    appVersion: short(__APP_VERSION__),
    contentVersion: short(contentVersion),
    src: typeof src === 'string' && SRC_TAG.test(src) ? src : undefined,
    createdAt: new Date().toISOString(),
  };
  for (const key of Object.keys(item)) if (item[key] === undefined) delete item[key];
  return item;
}

function toRecord(item: Record<string, unknown>): OutboxRecord {
  return { id: item.id as string, state: 'pending', item, createdAt: item.createdAt as string };
}

/**
 * Puts one item in the outbox and returns its record. A write error (above all "storage
 * full") is reported to the user AND rethrown, so the form keeps the text they typed.
 */
export async function enqueue(input: FeedbackInput): Promise<OutboxRecord> {
  const record = toRecord(await itemFor(input));
  try {
    await (await getDb()).outbox.add(record);
  } catch (e) {
    reportError(e);
    throw e;
  }
  changed('enqueue');
  return record;
}

/**
 * What Delete did, in the words the list shows:
 * - 'deleted': gone from the phone, and it never left it;
 * - 'deletedMaybeSent': gone from the phone, but an earlier request carried it and its answer
 *   never came, so the server may have it (ids make that safe, but it cannot be taken back);
 * - 'sent': too late, the server had confirmed it (nothing deleted);
 * - 'gone': no longer on this phone (deleted meanwhile, e.g. in another tab).
 */
export type RemoveResult = 'deleted' | 'deletedMaybeSent' | 'sent' | 'gone';

/**
 * Deletes an unsent (pending or failed) record. Takes the outbox lock the sending core sends
 * each batch under (send.ts), so a record is never deleted while a request carrying it is on
 * its way: Delete waits for that answer, then says what really happened.
 */
export async function remove(id: string): Promise<RemoveResult> {
  const db = await getDb();
  const result = await withOutboxLock(() =>
    db.transaction('rw', db.outbox, db.sent, db.settings, async (): Promise<RemoveResult> => {
      const record = await db.outbox.get(id);
      if (!record) return (await db.sent.get(id)) ? 'sent' : 'gone';
      await db.outbox.delete(id);
      // Holding the lock, an in-flight note is one left by a page or worker that died mid-request.
      const inFlight = (await db.settings.get(IN_FLIGHT_KEY))?.value;
      const triedUnanswered = (record.tries ?? 0) > 0 || (Array.isArray(inFlight) && inFlight.includes(id));
      // Our server refused it (final): it validates the same way every time, so it never stored it.
      const mayHave = !(record.state === 'failed' && record.final) && triedUnanswered;
      return mayHave ? 'deletedMaybeSent' : 'deleted';
    }),
  );
  if (result === 'deleted' || result === 'deletedMaybeSent') changed('remove');
  return result;
}

/** A failed record made pending again, without the failure's reason. */
function pendingAgain(record: OutboxRecord): OutboxRecord {
  const { error: _error, final, ...rest } = record;
  // Our server refused it (final), so it never stored it: no try so far can have reached it.
  return { ...rest, state: 'pending', tries: final ? 0 : record.tries };
}

/** "Try again" on a failed record: back to pending, and the sync sends it at once. */
export async function retry(id: string): Promise<boolean> {
  const db = await getDb();
  const done = await db.transaction('rw', db.outbox, async () => {
    const record = await db.outbox.get(id);
    if (record?.state !== 'failed') return false;
    await db.outbox.put(pendingAgain(record));
    return true;
  });
  if (done) changed('retry');
  return done;
}

/**
 * Automatic retry, before each send (sync.ts): failed records that OUR server did not
 * refuse (older app versions failed whole batches for a proxy's 4xx) go back to pending,
 * at most AUTO_RETRY_CAP times each; after that only "Try again" sends them.
 */
export async function retryAutomatically(db: QadamDB): Promise<number> {
  return db.transaction('rw', db.outbox, async () => {
    const due = (await db.outbox.where('state').equals('failed').toArray()).filter(autoRetryable);
    await db.outbox.bulkPut(due.map((r) => ({ ...pendingAgain(r), autoRetries: (r.autoRetries ?? 0) + 1 })));
    return due.length;
  });
}

/** The anonymous once-per-phone notes, and the setting that says each was queued. */
const ONCE_PER_PHONE = {
  opened: 'openedQueued', // the first time the app is opened on this phone (issue 13)
  activation: 'activationQueued', // the first time it is ready offline (issue 7)
} as const;
export type OncePerPhoneKind = keyof typeof ONCE_PER_PHONE;

/**
 * Campaign counting: queue ONE anonymous `opened` or `activation` item per phone, ever.
 * Only what every item carries (id, kind, lang, versions, campaign tag, time): nothing
 * that tells phones apart. The setting and the record are written in one transaction, so
 * two tabs (or two renders) cannot both queue one; offline it waits in the outbox like any
 * feedback. True if it queued now.
 */
export async function queueOncePerPhone(kind: OncePerPhoneKind, lang: Lang): Promise<boolean> {
  const db: QadamDB = await getDb();
  const record = toRecord(await itemFor({ kind, lang }));
  const key = ONCE_PER_PHONE[kind];
  let queued = false;
  try {
    await db.transaction('rw', db.settings, db.outbox, async () => {
      if ((await db.settings.get(key))?.value) return;
      await db.outbox.add(record);
      await db.settings.put({ key, value: true });
      queued = true;
    });
  } catch (e) {
    reportError(e);
    throw e;
  }
  if (queued) changed('enqueue');
  return queued;
}
