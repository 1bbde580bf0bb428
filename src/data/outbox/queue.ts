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

export type OutboxChange = 'enqueue' | 'remove';
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
 * Deletes an unsent (pending or failed) record. False when it is no longer in the
 * outbox, i.e. it was sent meanwhile: what the server has cannot be taken back from here.
 */
export async function remove(id: string): Promise<boolean> {
  const db = await getDb();
  const deleted = await db.transaction('rw', db.outbox, async () => {
    const record = await db.outbox.get(id);
    if (!record) return false;
    await db.outbox.delete(id);
    return true;
  });
  if (deleted) changed('remove');
  return deleted;
}

/**
 * Campaign counting (issue 7): the first time the app is ready offline on this phone, queue
 * ONE anonymous `activation` item. The setting and the record are written in one
 * transaction, so two tabs (or two renders) cannot both queue one. True if it queued now.
 */
export async function queueActivationOnce(lang: Lang): Promise<boolean> {
  const db: QadamDB = await getDb();
  const record = toRecord(await itemFor({ kind: 'activation', lang }));
  let queued = false;
  try {
    await db.transaction('rw', db.settings, db.outbox, async () => {
      if ((await db.settings.get('activationQueued'))?.value) return;
      await db.outbox.add(record);
      await db.settings.put({ key: 'activationQueued', value: true });
      queued = true;
    });
  } catch (e) {
    reportError(e);
    throw e;
  }
  if (queued) changed('enqueue');
  return queued;
}
