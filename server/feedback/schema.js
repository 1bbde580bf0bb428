// What a feedback item may look like, checked with zod, plus the envelope and
// ?since= checks. Everything here is pure (no I/O) so it is cheap to test.
import { z } from 'zod';
import { LANGS } from '../../src/shared/langs.js';
import { FEEDBACK_KINDS as KINDS, LIMITS, PROBLEM_REASONS as REASONS, RATINGS, SRC_TAG as SRC_RE } from '../../src/shared/facts.js';
import { countChars } from '../../src/shared/feedback-text.js';

export { KINDS, RATINGS, REASONS, LANGS, SRC_RE };
export const MAX_ITEMS = LIMITS.batchItems;
export const MAX_COMMENT_CODE_POINTS = LIMITS.commentChars;
/**
 * Phones with a wrong clock are common. Up to this far ahead is ordinary skew and the time is
 * kept as sent; further ahead, the item is still accepted (refusing it would lose it forever,
 * since the phone's clock will not fix itself) but stored with the server's receive time.
 */
export const FUTURE_SKEW_MS = 10 * 60 * 1000;
/** Qadam did not exist before this: an older createdAt is a broken clock or a forged item. */
export const CREATED_AT_FLOOR = '2024-01-01T00:00:00.000Z';
const CREATED_AT_FLOOR_MS = Date.parse(CREATED_AT_FLOOR);

/** Kinds whose item points at a piece of content and so must name it. */
const TARGETED = new Set(['article', 'checklist', 'point']);
/** Anonymous pings ("opened", "ready offline"): nothing the person said can ride along. */
const PINGS = new Set(['activation', 'opened']);

// Any UUID version: clients use crypto.randomUUID() (v4) but nothing depends on it.
export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const TARGET_RE = /^[a-z0-9._-]{1,120}$/;
// Versions are labels like "0.1.0+local" or a content hash; they are shown on the admin page
// and written to CSV, so only a conservative printable ASCII set is allowed (no spaces, quotes,
// angle brackets or control characters).
const VERSION_RE = /^[A-Za-z0-9._+~:-]{1,64}$/;
// C0 controls except tab, LF and CR; DEL; C1 controls. Text typed on a phone never has them;
// a NUL or an escape sequence in a comment is an attack on whoever reads the export.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * zod error callback: "is required" when the field is missing, else `text`.
 * Keeps messages short and in plain words for the app developer reading them.
 * @param {string} text
 */
const says = (text) => (/** @type {{ input?: unknown }} */ iss) => (iss.input === undefined ? 'is required' : text);

/** Code points, as people count characters (src/shared/feedback-text.js). */
export const countCodePoints = countChars;

const versionText = says('must be 1-64 characters of A-Z, a-z, 0-9, ".", "_", "+", "~", ":" or "-"');
const version = () => z.string({ error: versionText }).regex(VERSION_RE, { error: versionText });

const itemSchema = z
  .strictObject({
    id: z.string({ error: says('must be a UUID string') }).regex(UUID_RE, { error: 'must be a UUID' }),
    kind: z.enum(KINDS, { error: says(`must be one of ${KINDS.join(', ')}`) }),
    target: z
      .string({ error: 'must be a string' })
      .regex(TARGET_RE, { error: 'must be 1-120 characters of a-z, 0-9, ".", "_" or "-"' })
      .optional(),
    rating: z.enum(RATINGS, { error: `must be one of ${RATINGS.join(', ')}` }).optional(),
    reason: z.enum(REASONS, { error: `must be one of ${REASONS.join(', ')}` }).optional(),
    comment: z
      .string({ error: 'must be a string' })
      .refine((s) => s.length <= MAX_COMMENT_CODE_POINTS || countCodePoints(s) <= MAX_COMMENT_CODE_POINTS, {
        error: `must be at most ${MAX_COMMENT_CODE_POINTS} characters`,
      })
      // Lone surrogates cannot be stored as UTF-8; SQLite would silently turn
      // them into U+FFFD and the export would no longer match what was sent.
      // (String#isWellFormed: Node 20+, ES2024 lib.)
      .refine((s) => /** @type {any} */ (s).isWellFormed(), { error: 'contains invalid Unicode' })
      .refine((s) => !CONTROL_RE.test(s), { error: 'contains control characters' })
      .optional(),
    lang: z.enum(LANGS, { error: says(`must be one of ${LANGS.join(', ')}`) }),
    appVersion: version(),
    contentVersion: version(),
    src: z.string({ error: 'must be a string' }).regex(SRC_RE, { error: 'must be 1-64 characters of A-Z, a-z, 0-9, "_", "." or "-"' }).optional(),
    createdAt: z.iso.datetime({ offset: true, error: says('must be an ISO 8601 date-time with timezone') }),
  })
  // Rules that depend on `kind`. Only reached when every field is well-typed.
  .superRefine((item, ctx) => {
    /** @param {string} field @param {string} message */
    const fail = (field, message) => ctx.addIssue({ code: 'custom', path: [field], message });
    if (TARGETED.has(item.kind) && item.target === undefined) fail('target', `is required for kind ${item.kind}`);
    if (!TARGETED.has(item.kind) && item.target !== undefined) fail('target', `is not allowed for kind ${item.kind}`);
    if (item.reason !== undefined && item.kind !== 'point') fail('reason', 'is only allowed for kind point');
    if (PINGS.has(item.kind)) {
      if (item.rating !== undefined) fail('rating', `is not allowed for kind ${item.kind}`);
      if (item.comment !== undefined) fail('comment', `is not allowed for kind ${item.kind}`);
    }
    if (item.kind === 'search') {
      // "What were you looking for?" after a search found nothing: the text is the item.
      if (item.comment === undefined || item.comment.trim() === '') fail('comment', 'is required for kind search');
      if (item.rating !== undefined) fail('rating', 'is not allowed for kind search');
    }
  });

/**
 * The validated, normalised item. Optional fields are absent, never null.
 * @typedef {object} FeedbackItem
 * @property {string} id            lowercase UUID
 * @property {typeof KINDS[number]} kind
 * @property {string} [target]
 * @property {'up'|'down'} [rating]
 * @property {typeof REASONS[number]} [reason]
 * @property {string} [comment]
 * @property {typeof LANGS[number]} lang
 * @property {string} appVersion
 * @property {string} contentVersion
 * @property {string} [src]
 * @property {string} createdAt     UTC, toISOString() form (so it sorts as text), as the phone sent it
 */

/**
 * A validated item plus what the server decides about its time.
 * @typedef {object} CheckedItem
 * @property {FeedbackItem} item      what the phone sent (normalised); hashed for duplicate detection
 * @property {string} storedCreatedAt createdAt, or the receive time when the phone's clock is far ahead
 */

/**
 * @typedef {{ ok: true, item: FeedbackItem, storedCreatedAt: string } | { ok: false, id: string | null, error: string }} ItemCheck
 */

/**
 * @param {import('zod').core.$ZodIssue} issue
 * @returns {string}
 */
function describe(issue) {
  // The key names are request content (a client could put anything there), so they are not echoed.
  if (issue.code === 'unrecognized_keys') return 'unknown field';
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}

/**
 * Validates one raw item from the request. Never throws.
 * @param {unknown} raw
 * @param {number} [now] ms since epoch, injectable for tests
 * @returns {ItemCheck}
 */
export function checkItem(raw, now = Date.now()) {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, id: null, error: 'item must be a JSON object' };
  }
  const rawId = /** @type {{ id?: unknown }} */ (raw).id;
  // Echo the id back whenever it is usable, so the client can drop exactly
  // that item from its outbox instead of retrying it forever.
  const id = typeof rawId === 'string' && UUID_RE.test(rawId) ? rawId.toLowerCase() : null;

  const parsed = itemSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, id, error: describe(parsed.error.issues[0]) };

  const createdMs = Date.parse(parsed.data.createdAt);
  if (!Number.isFinite(createdMs)) return { ok: false, id, error: 'createdAt: must be an ISO 8601 date-time with timezone' };
  if (createdMs < CREATED_AT_FLOOR_MS) return { ok: false, id, error: 'createdAt: must not be before 2024-01-01' };

  // One spelling per instant: "+05:00" and "Z" forms of the same moment
  // are the same item, and text comparison on the column is time order.
  const createdAt = new Date(createdMs).toISOString();
  return {
    ok: true,
    item: { ...parsed.data, id: /** @type {string} */ (id), createdAt },
    // The stored time never lies in the future beyond ordinary skew, so day counts and
    // "newest first" lists are not led by phones set to 2099.
    storedCreatedAt: createdMs > now + FUTURE_SKEW_MS ? new Date(now).toISOString() : createdAt,
  };
}

/**
 * Checks the request envelope {"items":[...1..100]}.
 * @param {unknown} body
 * @returns {{ ok: true, items: unknown[] } | { ok: false, error: string }}
 */
export function checkEnvelope(body) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, error: 'body must be a JSON object {"items":[...]}' };
  }
  const extra = Object.keys(body).filter((k) => k !== 'items');
  if (extra.length) return { ok: false, error: 'unknown field in body' }; // names not echoed: request content
  const { items } = /** @type {{ items?: unknown }} */ (body);
  if (items === undefined) return { ok: false, error: 'items: is required' };
  if (!Array.isArray(items)) return { ok: false, error: 'items: must be an array' };
  if (items.length < 1 || items.length > MAX_ITEMS) {
    return { ok: false, error: `items: must contain 1 to ${MAX_ITEMS} items (got ${items.length})` };
  }
  return { ok: true, items };
}

const DATE_ONLY_RE = /^\d{4}-\d{2}-\d{2}$/;
const sinceDateTime = z.iso.datetime({ offset: true });
const sinceDate = z.iso.date();

/**
 * Parses the admin ?since= parameter: a date (taken as 00:00 UTC) or a
 * date-time with timezone. Returns the UTC ISO string to compare against
 * created_at, '' when absent, or null when invalid.
 * @param {unknown} value
 * @returns {string | null}
 */
export function parseSince(value) {
  if (value === undefined || value === '') return '';
  if (typeof value !== 'string') return null;
  const ok = DATE_ONLY_RE.test(value) ? sinceDate.safeParse(value).success : sinceDateTime.safeParse(value).success;
  if (!ok) return null;
  const ms = Date.parse(DATE_ONLY_RE.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
