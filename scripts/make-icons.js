// Renders public/icons/icon.svg to the PNG sizes the manifest and iOS need, using the same
// headless Chromium the tests use. Run by hand when the icon changes; the PNGs are committed.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { chromiumPath } from '../tests/helpers/chromium.js';

const svg = fs.readFileSync('public/icons/icon.svg', 'utf8');
const targets = [
  ['icon-192.png', 192, 0],
  ['icon-512.png', 512, 0],
  ['apple-touch-icon.png', 180, 0],
  // Maskable: the artwork must sit inside the central 80% "safe zone".
  ['maskable-512.png', 512, 0.1],
];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [name, size, pad] of targets) {
  const inner = Math.round(size * (1 - 2 * pad));
  await page.setViewportSize({ width: size, height: size });
  const art = svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `).replace(pad ? 'rx="96"' : '', pad ? 'rx="0"' : '');
  await page.setContent(
    `<body style="margin:0;background:#1f5f5b;display:grid;place-items:center;width:${size}px;height:${size}px">${art}</body>`,
  );
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: !pad && name !== 'apple-touch-icon.png' });
}
await browser.close();
console.log('icons written');
