// Security and caching headers, in one place so the policy is easy to read and test.

import { DEFAULT_TILE_URL, tileOrigin } from '../src/shared/tiles.js';
import { KIT_CSP } from '../src/shared/kit/render.js';

// The map's optional online tiles (off until the family switches them on): their origin, from
// the same QADAM_TILE_URL the build reads (vite.config.ts), is allowed for images only.
const TILES = tileOrigin(process.env.QADAM_TILE_URL || DEFAULT_TILE_URL);

// No inline scripts, no third-party origins except the tile images above. Styles: only our
// stylesheet (React's `style` attributes go through the CSSOM, which CSP allows).
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: blob:${TILES ? ` ${TILES}` : ''}`,
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * On every response, including scripts and data. (A referrer policy only matters on documents
 * and workers, below; on each of the ~50 first-visit files it would only add bytes.)
 */
export const BASIC_HEADERS = {
  'x-content-type-options': 'nosniff',
};

/** On documents (HTML) and the service worker script. */
export const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'geolocation=(self), camera=(), microphone=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * The one-file kits (/kit/qadam-{lang}.html): no script and no request at all, and their one
 * inline <style> (a kit must work as a lone file, so its stylesheet is inside it). The file
 * carries the same policy in a <meta> for when it is opened from a phone's files (where
 * frame-ancestors has no effect, so only the header adds it).
 */
export const KIT_SECURITY_HEADERS = {
  ...SECURITY_HEADERS,
  'content-security-policy': `${KIT_CSP}; frame-ancestors 'none'`,
};

/**
 * The service worker script's own policy: as for documents, but its connect-src also allows the
 * tile origin, because the worker fetches (and caches, src/sw/sw.ts) the tiles the page shows
 * and Chromium checks a worker's fetch() against the worker's connect-src. Pages still may load
 * tiles as images only.
 */
export const SW_SECURITY_HEADERS = {
  ...SECURITY_HEADERS,
  'content-security-policy': TILES ? CSP.replace("connect-src 'self'", `connect-src 'self' ${TILES}`) : CSP,
};

/**
 * Cache policy by path:
 *  - the service worker, index.html and the manifest must be revalidated every time,
 *    or phones would never see an update;
 *  - /assets/*, /packs/* and the dashboard's /admin/assets/* have content hashes in their
 *    names: cache forever.
 */
export function cacheControlFor(urlPath) {
  if (/^\/(assets|packs|admin\/assets)\//.test(urlPath)) return 'public, max-age=31536000, immutable';
  if (urlPath.startsWith('/icons/')) return 'public, max-age=86400';
  return 'no-cache';
}
