// @ts-check
// Facts that the page, the service worker, the server and the build scripts must agree on,
// written once. Plain JS with JSDoc types, importing nothing, like langs.js and taxonomy.js.

/** A campaign tag (?src=) as printed on a leaflet's QR code: docs/contracts.md. */
export const SRC_TAG = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * Pages of the URL contract (docs/contracts.md), '' being home. Read by the router
 * (src/app/routes.ts) and by the content build's link check (scripts/content/checks.js).
 */
export const PAGES = /** @type {const} */ (['', 'help', 'rights', 'checklists', 'map', 'search', 'feedback', 'settings', 'about']);

/** Article topics, in the order the rights list shows them. */
export const TOPICS = /** @type {const} */ (['birth', 'stay', 'origin', 'citizenship', 'services', 'protection', 'work', 'leaving', 'help']);

/**
 * Feedback vocabulary (docs/api-feedback.md): the server validates it, the phone writes it.
 * `opened` and `activation` are the anonymous once-per-phone notes (first open, first ready
 * offline); `search` is what someone was looking for when a search found nothing.
 */
export const FEEDBACK_KINDS = /** @type {const} */ (['article', 'checklist', 'point', 'app', 'activation', 'opened', 'search']);
export const RATINGS = /** @type {const} */ (['up', 'down']);
export const PROBLEM_REASONS = /** @type {const} */ (['closed', 'wrong_phone', 'wrong_hours', 'wrong_place', 'other']);

/**
 * Limits of POST /api/feedback. The phone stays inside them; the server enforces them.
 * @type {Readonly<Record<'commentChars' | 'batchItems' | 'bodyBytes' | 'batchBytes' | 'versionChars', number>>}
 */
export const LIMITS = Object.freeze({
  /** A comment, in Unicode code points (one emoji is one character, as people count). */
  commentChars: 2000,
  /** Items in one request. */
  batchItems: 100,
  /** Request body; the phone keeps its batches well below, with room for the envelope. */
  bodyBytes: 262144,
  /** What the phone aims for per batch (bytes of JSON). */
  batchBytes: 200_000,
  /** Version strings (appVersion, contentVersion). */
  versionChars: 64,
});
