// First contentful paint (cold, and warm offline) and time until "ready offline", in fresh
// browser contexts, through the slow-4G proxy with the CPU slowed 4×. Medians over runs.
import { launch } from '../../tests/helpers/browser.js';
import { startServer } from '../../tests/helpers/server.js';
import { startThrottleProxy } from './throttle-proxy.js';

// Recorded inside the page, so the numbers are the page's own clock from navigation start.
const PROBE = () => {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new MutationObserver(() => {
    if (document.documentElement.dataset.offlineReady === 'true' && !window.__ready) window.__ready = performance.now();
    // <html> may not exist yet when this runs, so watch the document itself.
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-offline-ready'] });
};

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export async function benchAppLoad({ distDir, runs = 5, lang = 'ru', path = '/' }) {
  const server = await startServer({ distDir });
  const proxy = await startThrottleProxy(server.port);
  const browser = await launch();
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 780 }, locale: 'ru-RU' });
      await context.addInitScript(PROBE);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const before = server.bytesSent();
      await page.goto(`http://127.0.0.1:${proxy.port}/${lang}${path}`);
      await page.waitForFunction(() => window.__ready, null, { timeout: 120_000, polling: 50 });
      const cold = await page.evaluate(() => ({ fcp: window.__fcp, ready: window.__ready }));
      const bytes = server.bytesSent() - before;
      await context.setOffline(true);
      await page.reload();
      await page.waitForFunction(() => window.__fcp, null, { timeout: 60_000, polling: 50 });
      const warmFcp = await page.evaluate(() => window.__fcp);
      results.push({ coldFcp: cold.fcp, ready: cold.ready, warmOfflineFcp: warmFcp, bytes });
      await context.close();
    }
  } finally {
    await browser.close();
    await proxy.close();
    await server.close();
  }
  const pick = (k) => median(results.map((r) => r[k]));
  return { runs: results, coldFcp: pick('coldFcp'), warmOfflineFcp: pick('warmOfflineFcp'), ready: pick('ready'), bytes: pick('bytes') };
}
