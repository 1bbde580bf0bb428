// First contentful paint and largest contentful paint (cold, and warm offline), time until
// "ready offline", and the bytes it took, in fresh browser contexts, through the throttling
// proxy (slow 4G by default, or the border profile) with the CPU slowed 4×. Medians over runs.
// Also: how soon the help page's numbers are readable on a cold visit at the border.
import { launch } from '../../tests/helpers/browser.js';
import { startServer } from '../../tests/helpers/server.js';
import { startThrottleProxy, SLOW_4G } from './throttle-proxy.js';

// Recorded inside the page, so the numbers are the page's own clock from navigation start.
const PROBE = () => {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  // The last candidate seen is the LCP (no input happens during the bench).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver(() => {
    if (document.documentElement.dataset.offlineReady === 'true' && !window.__ready) window.__ready = performance.now();
    // The help page's numbers: the first tap-to-call link in the document (painted with the
    // next frame, so the figure is max(FCP, when it appeared)).
    if (!window.__tel && document.querySelector('main a[href^="tel:"]')) window.__tel = performance.now();
    // <html> may not exist yet when this runs, so watch the document itself.
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-offline-ready'] });
};

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function freshPhone(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 780 }, locale: 'ru-RU' });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

/** The main load figures for one profile: cold FCP/LCP, ready offline, bytes, warm offline FCP. */
export async function benchAppLoad({ distDir, runs = 5, lang = 'ru', path = '/', profile = SLOW_4G }) {
  const server = await startServer({ distDir });
  const proxy = await startThrottleProxy(server.port, profile);
  const browser = await launch();
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { context, page } = await freshPhone(browser);
      const before = server.bytesSent();
      await page.goto(`http://127.0.0.1:${proxy.port}/${lang}${path}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__ready, null, { timeout: 120_000, polling: 50 });
      const cold = await page.evaluate(() => ({ fcp: window.__fcp, lcp: window.__lcp, ready: window.__ready }));
      const bytes = server.bytesSent() - before;
      await context.setOffline(true);
      await page.reload({ waitUntil: 'commit' });
      await page.waitForFunction(() => window.__fcp, null, { timeout: 60_000, polling: 50 });
      const warmFcp = await page.evaluate(() => window.__fcp);
      results.push({ coldFcp: cold.fcp, coldLcp: cold.lcp, ready: cold.ready, warmOfflineFcp: warmFcp, bytes });
      await context.close();
    }
  } finally {
    await browser.close();
    await proxy.close();
    await server.close();
  }
  const pick = (k) => median(results.map((r) => r[k]));
  return {
    profile: profile.name,
    runs: results,
    coldFcp: pick('coldFcp'),
    coldLcp: pick('coldLcp'),
    warmOfflineFcp: pick('warmOfflineFcp'),
    ready: pick('ready'),
    bytes: pick('bytes'),
  };
}

/** Cold visit to /{lang}/help: when are the numbers on screen? max(FCP, first tel: link in the DOM). */
export async function benchHelpReadable({ distDir, runs = 5, lang = 'ru', profile = SLOW_4G }) {
  const server = await startServer({ distDir });
  const proxy = await startThrottleProxy(server.port, profile);
  const browser = await launch();
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { context, page } = await freshPhone(browser);
      await page.goto(`http://127.0.0.1:${proxy.port}/${lang}/help`, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__tel && window.__fcp, null, { timeout: 120_000, polling: 50 });
      times.push(await page.evaluate(() => Math.max(window.__tel, window.__fcp)));
      await context.close();
    }
  } finally {
    await browser.close();
    await proxy.close();
    await server.close();
  }
  return { profile: profile.name, runs: times, ms: median(times) };
}
