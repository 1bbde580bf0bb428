// What an answer to POST /api/feedback means, and who gave it. Only OUR server's answers may
// be final: its per-item verdicts, or a 400/413/415 carrying its JSON error body
// ({"error": "..."}, docs/api-feedback.md). Everything else between the phone and the server
// (a firewall's 403 page, a captive portal's 200 login page, a gateway's 502, a status our
// API never sends) says nothing about the items, only that the network is bad: they stay
// pending and are tried again later. Before this rule, one proxy's 403 marked up to 100
// items "failed" for ever (issue 11).
import { retryAfterMs } from './backoff';
import type { TimedAnswer } from '../timed-fetch';

export interface ItemResult {
  id: string | null;
  status: string;
  error?: string;
}

export type Answer =
  /** Our server answered for every item, in request order. */
  | { kind: 'results'; results: ItemResult[] }
  /** Our server refused the request as a whole (400, 413, 415 with its JSON error). */
  | { kind: 'refused'; reason: string }
  /**
   * Busy, overloaded or gone for now (429, 408, 5xx): the same request may succeed later.
   * `ours`: with our JSON error, so our server stored nothing (a batch is one transaction);
   * a gateway's 502/504 page may come after the server did store it.
   */
  | { kind: 'busy'; reason: string; retryAfterMs: number | null; ours: boolean }
  /** Not our server's answer at all: a portal, a firewall, a proxy. A bad network, not a verdict. */
  | { kind: 'foreign'; reason: string };

/** Whole-request refusals our API documents; each comes with {"error": "..."}. */
const REFUSALS = new Set([400, 413, 415]);

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const isJsonType = (headers: Headers) => /^application\/json\b/i.test(headers.get('content-type') ?? '');

/** {"error": "..."} with a non-empty string: the one shape of our API's errors. */
function ourError(answer: TimedAnswer): string | null {
  if (!isJsonType(answer.headers)) return null;
  const body = jsonOrNull(answer.text) as { error?: unknown } | null;
  return typeof body?.error === 'string' && body.error ? body.error : null;
}

/** Reads one answer to a batch of `count` items. */
export function readAnswer(answer: TimedAnswer, count: number): Answer {
  const { status } = answer;
  if (status === 200) {
    const body = jsonOrNull(answer.text) as { results?: unknown } | null;
    if (Array.isArray(body?.results) && body.results.length === count) return { kind: 'results', results: body.results as ItemResult[] };
    return { kind: 'foreign', reason: 'HTTP 200 that is not our API answer' };
  }
  if (status === 429 || status === 408 || status >= 500) {
    return { kind: 'busy', reason: `HTTP ${status}`, retryAfterMs: retryAfterMs(answer.headers.get('retry-after')), ours: ourError(answer) !== null };
  }
  const error = REFUSALS.has(status) ? ourError(answer) : null;
  if (error) return { kind: 'refused', reason: `HTTP ${status}: ${error}` };
  const type = answer.headers.get('content-type')?.split(';')[0] || 'no content type';
  return { kind: 'foreign', reason: `HTTP ${status} (${type}) from something other than our server` };
}
