// Security and caching headers, in one place so the policy is easy to read and test.

// No inline scripts, no third-party origins. Styles: only our stylesheet (React's `style`
// attributes go through the CSSOM, which CSP allows). Map tiles are added when the map lands.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'geolocation=(self), camera=(), microphone=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * Cache policy by path:
 *  - the service worker, index.html and the manifest must be revalidated every time,
 *    or phones would never see an update;
 *  - /assets/* and /packs/* have content hashes in their names: cache forever.
 */
export function cacheControlFor(urlPath) {
  if (/^\/(assets|packs)\//.test(urlPath)) return 'public, max-age=31536000, immutable';
  if (urlPath.startsWith('/icons/')) return 'public, max-age=86400';
  return 'no-cache';
}
