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

/**
 * Long text for codes read off a screen: cut at line ends into parts of at most `maxBytes`
 * (UTF-8), each a whole list of lines. ~190 bytes at error correction M is QR version ≤ 10:
 * about 4 CSS px per module at 264 px, which a phone camera (and jsQR on a DPR-2 screenshot)
 * reads at once. The whole list in one code was version 21, too dense to scan.
 */
export function splitForQr(text: string, maxBytes = 190): string[] {
  const bytes = (s: string) => new TextEncoder().encode(s).length;
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const next = current ? `${current}\n${line}` : line;
    if (current && bytes(next) > maxBytes) {
      parts.push(current);
      current = line;
    } else current = next;
  }
  if (current) parts.push(current);
  return parts;
}

export { geoUri } from '../../shared/geo-uri.js';
