// PDF pages → PNG with poppler's pdftoppm (Debian package poppler-utils), and every QR code
// on a page decoded with jsQR. Installed like Chromium when missing and we are root.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, execSync } from 'node:child_process';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

function pdftoppm() {
  const bin = '/usr/bin/pdftoppm';
  if (fs.existsSync(bin)) return bin;
  if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils', { stdio: 'inherit' });
    if (fs.existsSync(bin)) return bin;
  }
  throw new Error('pdftoppm not found. Install it (Debian: sudo apt-get install poppler-utils).');
}

/** @returns {string[]} PNG files, one per page */
export function renderPdf(pdfFile, outDir, dpi = 200) {
  const prefix = path.join(outDir, path.basename(pdfFile, '.pdf'));
  execFileSync(pdftoppm(), ['-r', String(dpi), '-png', pdfFile, prefix]);
  return fs.readdirSync(outDir).filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png')).map((f) => path.join(outDir, f));
}

/**
 * Decode every QR on a page. jsQR reads one code per image, so we scan overlapping windows
 * at two scales and keep each distinct code once (by its position on the page).
 * @returns {{ text: string, widthPx: number, quietZoneClean: boolean }[]}
 */
export function decodeAllQr(pngFile) {
  const png = PNG.sync.read(fs.readFileSync(pngFile));
  const { width, height } = png;
  const found = [];
  const isWhite = (x, y) => x < 0 || y < 0 || x >= width || y >= height || png.data[(y * width + x) * 4] > 200;
  for (const scale of [1, 0.5, 0.25]) {
    const win = Math.round(Math.min(width, height) * scale);
    const step = Math.max(1, Math.round(win / 4));
    for (let oy = 0; oy < height; oy += step) {
      for (let ox = 0; ox < width; ox += step) {
        const w = Math.min(win, width - ox);
        const h = Math.min(win, height - oy);
        if ((w < win / 2 || h < win / 2) && scale < 1) continue;
        const crop = new Uint8ClampedArray(w * h * 4);
        for (let y = 0; y < h; y++) crop.set(png.data.subarray(((oy + y) * width + ox) * 4, ((oy + y) * width + ox + w) * 4), y * w * 4);
        const code = jsQR(crop, w, h, { inversionAttempts: 'dontInvert' });
        if (!code || !code.data) continue; // a window cutting through a code can misread as empty
        const { topLeftCorner: tl, topRightCorner: tr, bottomLeftCorner: bl, bottomRightCorner: br } = code.location;
        const x0 = ox + Math.floor(Math.min(tl.x, bl.x));
        const x1 = ox + Math.ceil(Math.max(tr.x, br.x));
        const y0 = oy + Math.floor(Math.min(tl.y, tr.y));
        const y1 = oy + Math.ceil(Math.max(bl.y, br.y));
        const cx = (x0 + x1) / 2;
        const cy = (y0 + y1) / 2;
        if (found.some((f) => Math.abs(f.cx - cx) < 20 && Math.abs(f.cy - cy) < 20)) continue;
        // The quiet zone: 4 modules of white all round (minus a pixel of anti-aliasing).
        const quiet = Math.floor(((x1 - x0) / (code.version * 4 + 17)) * 4) - 1;
        let quietZoneClean = true;
        for (let y = y0 - quiet; y <= y1 + quiet && quietZoneClean; y++) {
          for (let x = x0 - quiet; x <= x1 + quiet; x++) {
            const inside = x >= x0 - 2 && x <= x1 + 2 && y >= y0 - 2 && y <= y1 + 2;
            if (!inside && !isWhite(x, y)) {
              quietZoneClean = false;
              break;
            }
          }
        }
        found.push({ text: code.data, widthPx: x1 - x0, cx, cy, quietZoneClean });
      }
    }
  }
  return found.map(({ text, widthPx, quietZoneClean }) => ({ text, widthPx, quietZoneClean }));
}
