// Printed leaflets: every QR code on the PDF, rendered to an image and read by a real
// decoder, opens the URL it is meant to, is at least 2 cm wide and has its quiet zone.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { generateLeaflets, leafletUrls } from '../../scripts/leaflets/generate.js';
import { renderPdf, decodeAllQr } from '../helpers/pdf.js';
import { tempDir } from '../helpers/server.js';

const DPI = 200;
const BASE = 'https://example.org';
const SRC = 'border-zhibek-2026-12';

test('every QR on the uz and ru leaflets decodes to its URL, 2 cm or wider, with a quiet zone', async () => {
  const out = tempDir('qadam-leaflets-');
  const files = await generateLeaflets({ baseUrl: BASE, src: SRC, langs: ['uz', 'ru'], outDir: out });
  expect(files.map((f) => path.basename(f)).sort()).toEqual(
    ['qadam-border-zhibek-2026-12-ru-a5.pdf', 'qadam-border-zhibek-2026-12-ru-a6x4-a4.pdf', 'qadam-border-zhibek-2026-12-uz-a5.pdf', 'qadam-border-zhibek-2026-12-uz-a6x4-a4.pdf'],
  );
  for (const lang of ['uz', 'ru']) {
    const wanted = Object.values(leafletUrls(BASE, SRC, lang)).sort();
    for (const [kind, copies] of [['a5', 1], ['a6x4-a4', 4]]) {
      const pdf = files.find((f) => f.endsWith(`-${lang}-${kind}.pdf`));
      const pages = renderPdf(pdf, out, DPI);
      expect(pages).toHaveLength(1);
      const codes = decodeAllQr(pages[0]);
      const texts = codes.map((c) => c.text).sort();
      expect(texts).toEqual(wanted.flatMap((u) => Array(copies).fill(u)).sort());
      for (const c of codes) {
        expect((c.widthPx / DPI) * 25.4, c.text).toBeGreaterThanOrEqual(19.5); // ≥ 2 cm, allowing for rasterising
        expect(c.quietZoneClean, c.text).toBe(true);
      }
    }
  }
  // The PDF embeds a font with the letters of every language (DejaVu Sans).
  expect(fs.readFileSync(files[0]).includes(Buffer.from('DejaVuSans'))).toBe(true);
});

test('refuses a bad campaign tag or base URL with a clear message', async () => {
  const out = tempDir('qadam-leaflets-');
  await expect(generateLeaflets({ baseUrl: 'example.org', src: SRC, langs: ['ru'], outDir: out })).rejects.toThrow(/--base-url/);
  await expect(generateLeaflets({ baseUrl: BASE, src: 'bad tag!', langs: ['ru'], outDir: out })).rejects.toThrow(/--src/);
  await expect(generateLeaflets({ baseUrl: BASE, src: SRC, langs: ['xx'], outDir: out })).rejects.toThrow(/unknown language/);
});
