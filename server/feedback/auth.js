// Bearer-token check for the NGO admin endpoints.
import { createHash, timingSafeEqual } from 'node:crypto';

/** @param {string} s */
const sha256 = (s) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Returns an onRequest hook that answers 401 unless the request carries
 * `Authorization: Bearer <token>`.
 *
 * Both sides are hashed before comparing: timingSafeEqual needs equal-length
 * inputs, and comparing fixed-size digests means neither the content nor the
 * length of the real token leaks through response timing.
 *
 * @param {string} token the configured admin token (non-empty)
 * @returns {import('fastify').onRequestAsyncHookHandler}
 */
export function bearerAuth(token) {
  if (!token) throw new Error('bearerAuth: token must be a non-empty string');
  const expected = sha256(token);
  return async function requireBearer(request, reply) {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
    // Always hash-and-compare, even with no header, so "no token" and
    // "wrong token" take the same time.
    const given = sha256(match ? match[1] : '');
    if (!timingSafeEqual(given, expected) || !match) {
      reply.header('www-authenticate', 'Bearer realm="qadam-admin"');
      return reply.code(401).send({ error: 'Unauthorized: send Authorization: Bearer <admin token>' });
    }
  };
}
