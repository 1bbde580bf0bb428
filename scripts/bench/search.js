// Search latency on the phone's real code path: the built app's search page in Chromium
// with the CPU slowed 4×, typing each query of the fixed set in every language. The
// figure is the `qadam-search` measure the search engine records around each query.
import { launch } from '../../tests/helpers/browser.js';
import { startServer } from '../../tests/helpers/server.js';
import { SEARCH_QUERIES } from '../../tests/fixtures/search-queries.js';

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

export async function benchSearch({ distDir, repeats = 3 }) {
  const server = await startServer({ distDir });
  const browser = await launch();
  const perLang = {};
  const all = [];
  try {
    for (const [lang, queries] of Object.entries(SEARCH_QUERIES)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/${lang}/search`);
      await page.waitForSelector('html[data-offline-ready="true"]', { timeout: 60_000 });
      await page.fill('#q', 'a'); // first query parses nothing new, but warms the JIT like a real first keystroke
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.evaluate(() => performance.clearMeasures('qadam-search'));
      for (let r = 0; r < repeats; r++) {
        for (const [q] of queries) {
          await page.fill('#q', '');
          await page.fill('#q', q);
        }
      }
      const times = await page.evaluate(() => performance.getEntriesByName('qadam-search').map((e) => e.duration));
      perLang[lang] = { p50: percentile(times, 50), p95: percentile(times, 95), n: times.length };
      all.push(...times);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { perLang, p50: percentile(all, 50), p95: percentile(all, 95), n: all.length };
}
