// Rate-limit key for a client that does not remember who the client is.
//
// The limiter needs *some* stable per-client key, but Qadam's users include
// people for whom being identifiable is a risk, so the raw IP must never be
// kept, not even in the limiter's in-memory table. We keep a truncated
// HMAC-SHA256 of the IP under a random secret that exists only in this
// process's memory and is replaced every 24 h: the key cannot be reversed,
// cannot be linked across days, and is gone with the process.
import { createHmac, randomBytes } from 'node:crypto';
import rateLimitPlugin from '@fastify/rate-limit';

export const SECRET_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** 16 bytes (128 bits): collisions between clients are not a practical concern. */
const KEY_HEX_CHARS = 32;

/** @type {(ip: string, ipv6Subnet?: number) => string} */
// The plugin's own normaliser maps IPv4-in-IPv6 to IPv4 and folds an IPv6
// address to its /64, so a phone cannot dodge the limit by rotating suffixes.
const normalizeIP = /** @type {any} */ (rateLimitPlugin).normalizeIP;

/**
 * @param {{ now?: () => number, lifetimeMs?: number }} [options] injectable for tests
 * @returns {(request: { ip?: string }) => string}
 */
export function createClientKeyGenerator({ now = Date.now, lifetimeMs = SECRET_LIFETIME_MS } = {}) {
  let secret = randomBytes(32);
  let bornAt = now();
  return function clientKey(request) {
    // Rotated lazily on use rather than with a timer, so no interval keeps the
    // process alive or needs clearing on shutdown.
    if (now() - bornAt >= lifetimeMs) {
      secret = randomBytes(32);
      bornAt = now();
    }
    let ip = typeof request.ip === 'string' ? request.ip : '';
    try {
      ip = normalizeIP(ip);
    } catch {
      // Unparseable address: hash it as given; it still gets a stable key.
    }
    return createHmac('sha256', secret).update(ip).digest('hex').slice(0, KEY_HEX_CHARS);
  };
}
