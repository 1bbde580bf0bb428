// Canonical form of a validated item, used to tell a harmless resend
// ("duplicate") from a different item reusing an id ("conflict").
import { createHash } from 'node:crypto';

// Sorted once: JSON.stringify with a key array emits keys in exactly this
// order and skips absent (undefined) ones, so equal items give equal text
// whatever order the client wrote its fields in.
const KEYS = Object.freeze(
  ['id', 'kind', 'target', 'rating', 'reason', 'comment', 'lang', 'appVersion', 'contentVersion', 'src', 'createdAt'].sort(),
);

/**
 * @param {import('./schema.js').FeedbackItem} item
 * @returns {string}
 */
export function canonicalJson(item) {
  return JSON.stringify(item, /** @type {string[]} */ (KEYS));
}

/**
 * SHA-256 of the canonical JSON, hex. Stored instead of the JSON itself: it is
 * all we need to compare, and it is a fixed 64 bytes per row.
 * @param {import('./schema.js').FeedbackItem} item
 * @returns {string}
 */
export function contentHash(item) {
  return createHash('sha256').update(canonicalJson(item), 'utf8').digest('hex');
}
