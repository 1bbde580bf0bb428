// @ts-check
// The optional online map tiles (off until the family switches them on): one template and one
// parser, for the page (src/features/map/tiles.ts), the service worker's tile cache
// (src/sw/sw.ts) and the server's CSP img-src (server/headers.js). The template comes from
// QADAM_TILE_URL at build time (vite.config.ts) and at server start.

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * The tile server's origin in CSP form: "https://{s}.tile.example.org/{z}/{x}/{y}.png" →
 * "https://*.tile.example.org". Null when the template is not a usable http(s) URL.
 * @param {string} template
 * @returns {string | null}
 */
export function tileOrigin(template) {
  const m = /^(https?):\/\/([^/?#]+)/.exec(template);
  if (!m) return null;
  const host = m[2].replace(/^\{[a-z]\}\./, '*.');
  return /^(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(host) ? `${m[1]}://${host}` : null;
}

/**
 * Does a request origin ("https://b.tile.example.org") belong to the tile server? A "*." in
 * the CSP form matches one subdomain label, as CSP itself does.
 * @param {string} template
 * @param {string} origin
 */
export function isTileOrigin(template, origin) {
  const allowed = tileOrigin(template);
  if (!allowed) return false;
  const [scheme, host] = allowed.split('://');
  const [oScheme, oHost] = origin.toLowerCase().split('://');
  if (scheme !== oScheme || !oHost) return false;
  if (!host.startsWith('*.')) return oHost === host.toLowerCase();
  const rest = host.slice(1).toLowerCase(); // ".tile.example.org"
  return oHost.endsWith(rest) && /^[a-z0-9-]+$/.test(oHost.slice(0, -rest.length));
}
