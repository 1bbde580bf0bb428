// Bearer-token check for the NGO admin endpoints, with a limit on wrong guesses.
import { createHash, timingSafeEqual } from 'node:crypto';

/** @param {string} s */
const sha256 = (s) => createHash('sha256').update(s, 'utf8').digest();

/** A token shorter than this can be guessed; admin routes then stay off (routes.js). */
export const MIN_TOKEN_LENGTH = 16;
export const FAILED_ATTEMPTS_MAX = 10;
export const FAILED_ATTEMPTS_WINDOW_MS = 60_000;
/** Clients remembered at once; the oldest is forgotten first (a flood cannot grow memory). */
const MAX_TRACKED_CLIENTS = 10_000;

/**
 * Wrong-token counter per client key, in fixed windows. Hand-written because
 * @fastify/rate-limit counts every request, and an NGO worker's own successful requests must
 * never lock them out.
 * @param {{ max?: number, windowMs?: number, now?: () => number }} [options]
 */
export function createFailureLimiter({ max = FAILED_ATTEMPTS_MAX, windowMs = FAILED_ATTEMPTS_WINDOW_MS, now = () => Date.now() } = {}) {
  /** @type {Map<string, { count: number, resetAt: number }>} */
  const failures = new Map();
  return {
    /** Seconds to wait when `key` has used up its attempts, else 0. @param {string} key */
    blockedFor(key) {
      const entry = failures.get(key);
      if (!entry) return 0;
      const left = entry.resetAt - now();
      if (left <= 0) {
        failures.delete(key);
        return 0;
      }
      return entry.count >= max ? Math.ceil(left / 1000) : 0;
    },
    /** @param {string} key */
    fail(key) {
      const entry = failures.get(key);
      if (entry && entry.resetAt > now()) {
        entry.count++;
        return;
      }
      failures.delete(key);
      if (failures.size >= MAX_TRACKED_CLIENTS) failures.delete(/** @type {string} */ (failures.keys().next().value));
      failures.set(key, { count: 1, resetAt: now() + windowMs });
    },
  };
}

/**
 * Returns an onRequest hook that answers 401 unless the request carries
 * `Authorization: Bearer <token>`, and 429 (with Retry-After) once a client has sent
 * FAILED_ATTEMPTS_MAX wrong tokens in a minute. While blocked, even the right token gets 429:
 * otherwise the answer would still tell a guesser when they hit.
 *
 * Both sides are hashed before comparing: timingSafeEqual needs equal-length
 * inputs, and comparing fixed-size digests means neither the content nor the
 * length of the real token leaks through response timing.
 *
 * @param {string} token the configured admin token (non-empty)
 * @param {{ clientKey: (request: { ip?: string }) => string, limiter?: ReturnType<typeof createFailureLimiter> }} options
 * @returns {import('fastify').onRequestAsyncHookHandler}
 */
export function bearerAuth(token, { clientKey, limiter = createFailureLimiter() }) {
  if (!token) throw new Error('bearerAuth: token must be a non-empty string');
  const expected = sha256(token);
  return async function requireBearer(request, reply) {
    const key = clientKey(request);
    const wait = limiter.blockedFor(key);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      return reply.code(429).send({ error: `Too many wrong admin tokens; retry in ${wait} seconds` });
    }
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
    // Always hash-and-compare, even with no header, so "no token" and
    // "wrong token" take the same time.
    const given = sha256(match ? match[1] : '');
    if (!timingSafeEqual(given, expected) || !match) {
      limiter.fail(key);
      reply.header('www-authenticate', 'Bearer realm="qadam-admin"');
      return reply.code(401).send({ error: 'Unauthorized: send Authorization: Bearer <admin token>' });
    }
  };
}
