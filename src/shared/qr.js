// @ts-check
// QR codes as one SVG path, from the `qrcode` library's matrix: no canvas, no innerHTML, no
// request. One piece of code for the app's "Show QR" (src/features/share/QrCode.tsx) and the
// one-file kit (src/shared/kit), so both draw the same code the same way.
// Error correction Q survives a crease or a smudge; a 4-module quiet zone is part of the spec.
import QRCode from 'qrcode';

export const QUIET_ZONE = 4;

/**
 * SVG path data for the dark modules, in module units, offset by the quiet zone. Each run of
 * dark modules in a row is one rectangle, which keeps the path (and the kit file) small.
 * @param {string} text
 * @param {'M' | 'Q'} [ecc] M for codes shown only on a screen (no crease to survive): fewer modules
 * @returns {{ d: string, size: number }}
 */
export function qrPath(text, ecc = 'Q') {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: ecc });
  const n = modules.size;
  let d = '';
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!modules.get(y, x)) continue;
      let run = 1;
      while (x + run < n && modules.get(y, x + run)) run++;
      d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
      x += run - 1;
    }
  }
  return { d, size: n + 2 * QUIET_ZONE };
}
