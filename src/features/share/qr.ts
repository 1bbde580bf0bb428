// The texts inside QR codes (contract URLs, contact cards, locations). The drawing is
// src/shared/qr.js, shared with the one-file kit.

/** The contract URL of a page, tagged so the campaign can count shares (docs/contracts.md). */
export function shareUrl(path: string, origin = typeof window === 'undefined' ? '' : window.location.origin): string {
  return `${origin}${path}?src=share`;
}

/**
 * A MECARD contact that any phone camera can add, with no app and no data: the name, the
 * phones a source gives (none otherwise), the address or city, and the place's page.
 */
export function mecard(name: string, phones: string[], more: { address?: string; url?: string } = {}): string {
  const esc = (s: string) => s.replace(/([\\;,:"])/g, '\\$1');
  const fields = [
    `N:${esc(name)}`,
    ...phones.map((p) => `TEL:${esc(p)}`),
    ...(more.address ? [`ADR:${esc(more.address)}`] : []),
    ...(more.url ? [`URL:${esc(more.url)}`] : []),
  ];
  return `MECARD:${fields.join(';')};;`;
}

export { geoUri } from '../../shared/geo-uri.js';
