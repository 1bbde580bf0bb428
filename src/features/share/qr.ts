// QR matrices via the `qrcode` library, drawn as one SVG path (no canvas, no innerHTML).
// Error correction Q survives a crease or a smudge; a 4-module quiet zone is part of the spec.
import QRCode from 'qrcode';

export const QUIET_ZONE = 4;

/** SVG path data for the dark modules, in module units, offset by the quiet zone. */
export function qrPath(text: string): { d: string; size: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'Q' });
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

export function geoUri(lat: number, lon: number): string {
  return `geo:${lat.toFixed(5)},${lon.toFixed(5)}`;
}
