// QR matrices via the `qrcode` library, drawn as one SVG path (no canvas, no innerHTML).
// Error correction Q survives a crease or a smudge; a 4-module quiet zone is part of the spec.
import QRCode from 'qrcode';

export const QUIET_ZONE = 4;

/** SVG path data for the dark modules, in module units, offset by the quiet zone. */
export function qrPath(text: string, ecc: 'M' | 'Q' = 'Q'): { d: string; size: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: ecc });
  const n = modules.size;
  let d = '';
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (modules.get(y, x)) d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { d, size: n + 2 * QUIET_ZONE };
}

/** The contract URL of a page, tagged so the campaign can count shares (docs/contracts.md). */
export function shareUrl(path: string, origin = window.location.origin): string {
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

export function geoUri(lat: number, lon: number): string {
  return `geo:${lat.toFixed(5)},${lon.toFixed(5)}`;
}
