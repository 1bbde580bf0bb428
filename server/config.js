// Settings read from the environment, checked at start so a typo stops the server with a clear
// message instead of running with a silently different setting.
import net from 'node:net';

export const DEFAULT_RATE_LIMIT = 60;

/**
 * QADAM_TRUST_PROXY: unset/empty/"0"/"false" → false (the socket address is the client).
 * A hop count ("1": one proxy in front) or a comma list of proxy addresses/CIDRs
 * ("127.0.0.1,10.0.0.0/8") is passed to Fastify's trustProxy, which then takes the client
 * address from X-Forwarded-For.
 * @param {string | undefined} value
 * @returns {false | number | string[]}
 */
export function parseTrustProxy(value) {
  const v = (value ?? '').trim();
  if (v === '' || v === '0' || v.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  for (const entry of list) {
    const [addr, bits, ...rest] = entry.split('/');
    const family = net.isIP(addr);
    const maxBits = family === 4 ? 32 : 128;
    const bitsOk = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
    if (!family || !bitsOk || rest.length) {
      throw new Error(`QADAM_TRUST_PROXY: "${entry}" is not a hop count, an IP address or a CIDR range (example: 1, or 127.0.0.1,10.0.0.0/8)`);
    }
  }
  return list;
}

/**
 * QADAM_RATE_LIMIT: feedback requests per minute per client; default 60.
 * @param {string | undefined} value
 */
export function parseRateLimit(value) {
  const v = (value ?? '').trim();
  if (v === '') return DEFAULT_RATE_LIMIT;
  if (!/^[1-9]\d{0,6}$/.test(v)) throw new Error('QADAM_RATE_LIMIT: must be a whole number of requests per minute per client, 1 or more');
  return Number(v);
}

/**
 * QADAM_ADMIN_TOKEN, trimmed: a token pasted into a file or a secret store often gains a
 * trailing newline, which would make it impossible to match.
 * @param {string | undefined} value
 */
export const parseAdminToken = (value) => (value ?? '').trim();
