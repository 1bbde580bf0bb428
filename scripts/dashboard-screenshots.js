// Screenshots of the NGO dashboard with seeded data, for docs/screenshots/: Russian and English,
// desktop (1280×800) and phone (360×740), whole page. Needs a build (`npm run build`).
//   node scripts/dashboard-screenshots.js [distDir]
// The data are the e2e seed (tests/helpers/feedback-seed.js), sent through POST /api/feedback to
// a throw-away server with a temporary database, so the pictures match what the tests check.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/helpers/chromium.js';
import { startServer } from '../tests/helpers/server.js';
import { postSeed, seedItems } from '../tests/helpers/feedback-seed.js';

const root = path.resolve(import.meta.dirname, '..');
const distDir = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const outDir = path.join(root, 'docs/screenshots');
const TOKEN = 'screenshot-token-0123456789';

if (!fs.existsSync(path.join(distDir, 'admin/index.html'))) {
  console.error(`${distDir}/admin/index.html is missing: run npm run build first`);
  process.exit(1);
}
fs.mkdirSync(outDir, { recursive: true });
const server = await startServer({ distDir, adminToken: TOKEN });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  await postSeed(server.url, seedItems());
  for (const lang of ['ru', 'en']) {
    for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 360, height: 740 }]]) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: lang });
      const page = await context.newPage();
      await page.goto(`${server.url}/admin`);
      await page.locator('#admin-token').fill(TOKEN);
      await page.locator('form button[type="submit"]').click();
      await page.waitForSelector('[data-testid="dashboard"][data-loading="false"]');
      await page.waitForSelector('[data-testid="comments-list"][data-loading="false"]');
      await page.waitForSelector('[data-testid="activations-chart"] canvas');
      const file = path.join(outDir, `dashboard-${lang}-${device}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${path.relative(root, file)} (${Math.round(fs.statSync(file).size / 1024)} KiB)`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
