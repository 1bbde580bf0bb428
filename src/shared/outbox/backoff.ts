// How long to wait before the outbox tries again after a failed send: exponential,
// capped, with jitter so a crowd of phones that lost the network together (a border
// crossing, a bus) does not hit the server in the same second when it comes back.
// Shared by the page (src/data/outbox/sync.ts) and the service worker: no DOM here.

export const BASE_MS = 1_000;
export const CAP_MS = 5 * 60_000;
export const JITTER_MS = 1_000;

/**
 * Delay before retry number `n` (0 = first retry): min(2^n s, 5 min) + 0–1 s of jitter.
 * `random` is injectable for tests; it must return a number in [0, 1).
 */
export function delay(n: number, random: () => number = Math.random): number {
  const step = Math.max(0, Math.floor(n));
  // 2^19 s is already far past the cap; clamping the exponent avoids Infinity.
  const base = Math.min(BASE_MS * 2 ** Math.min(step, 20), CAP_MS);
  return base + Math.floor(random() * JITTER_MS);
}

/**
 * The server's Retry-After header in ms: delta-seconds or an HTTP date. Null when the
 * header is missing or unreadable (the caller then uses delay()). Capped like delay().
 */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, CAP_MS);
  const at = Date.parse(trimmed);
  if (!Number.isFinite(at)) return null;
  return Math.min(Math.max(0, at - now), CAP_MS);
}
