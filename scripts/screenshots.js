// Phone screenshots for reviews: home, help, a checklist and the map at 360×740 (DPR 1) in
// ru, uz and ky, from a built app, on a fresh phone that has become ready offline.
//   node scripts/screenshots.js <distDir> <outDir> [suffix] [--width=320 --height=568 --scale=200]
// docs/screenshots/ holds a BEFORE and an AFTER set made with it.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildServer } from '../server/app.js';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/helpers/chromium.js';

const [distDir, outDir, suffix = ''] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flag = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
if (!distDir || !outDir) {
  console.error('usage: node scripts/screenshots.js <distDir> <outDir> [suffix] [--width= --height= --scale=]');
  process.exit(2);
}
const width = flag('width', 360);
const height = flag('height', 740);
const scale = flag('scale', 100); // Settings' text size in %, applied through the app's own variable
const PAGES = { home: '', help: 'help', checklist: 'checklists/register-birth', map: 'map' };
const LANGS = (process.argv.find((a) => a.startsWith('--langs='))?.split('=')[1] ?? 'ru,uz,ky').split(',');

fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'qadam-shots-'));
const app = await buildServer({ distDir: path.resolve(distDir), dataDir, logger: false, adminToken: '' });
await app.listen({ port: 0, host: '127.0.0.1' });
const url = `http://127.0.0.1:${app.server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const lang of LANGS) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, serviceWorkers: 'allow' });
    const page = await context.newPage();
    if (scale !== 100) await page.addInitScript((s) => localStorage.setItem('qadam.textSize', s), { 125: 'large', 150: 'larger', 200: 'largest' }[scale]);
    await page.goto(`${url}/${lang}/`);
    await page.waitForSelector('html[data-offline-ready="true"]', { timeout: 60_000 });
    for (const [name, p] of Object.entries(PAGES)) {
      await page.goto(`${url}/${lang}/${p}`);
      await page.waitForSelector('main h1');
      if (name === 'checklist') await page.waitForSelector('.cl-step, [data-pack-state]');
      if (name === 'help') await page.waitForSelector('.show-qr'); // lazy: its room is held until it comes
      if (name === 'map') await page.waitForSelector('[data-map-ready="true"], [data-testid="place-list"] [data-point]');
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(outDir, `${name}-${lang}${suffix}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
}
