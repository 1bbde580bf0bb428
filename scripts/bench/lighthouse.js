// Lighthouse 12.2.3, mobile, default (simulated) throttling, median of 3 runs per page, against
// the built app on a local server, in Debian's Chromium with the flags the tests use. Prints
// Performance, Accessibility and Best Practices, the main metrics, and any run warnings (a
// warning means the figures may be incomplete, e.g. a request that never finished).
//
//   node scripts/bench/lighthouse.js [distDir]
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../../tests/helpers/server.js';
import { chromiumPath, CHROMIUM_ARGS } from '../../tests/helpers/chromium.js';
import { median } from './app-load.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

export const LIGHTHOUSE_PAGES = ['/ru/', '/uz/help', '/kk/rights/birth-registration', '/ru/checklists/register-birth', '/tg/map'];

async function once(url) {
  // A fresh Chromium (and so a fresh profile) each run: nothing cached, no service worker.
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const { lhr } = result;
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
    const failing = (c) =>
      lhr.categories[c].auditRefs
        .filter((r) => r.weight > 0 && (lhr.audits[r.id].score ?? 1) < 1)
        .map((r) => r.id);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      warnings: lhr.runWarnings ?? [],
      failing: { accessibility: failing('accessibility'), bestPractices: failing('best-practices') },
    };
  } finally {
    await chrome.kill();
  }
}

export async function benchLighthouse({ distDir, runs = 3, pages = LIGHTHOUSE_PAGES }) {
  const server = await startServer({ distDir });
  const out = {};
  try {
    for (const p of pages) {
      const all = [];
      for (let i = 0; i < runs; i++) all.push(await once(`${server.url}${p}`));
      const pick = (k) => median(all.map((r) => r[k]));
      out[p] = {
        runs: all,
        performance: pick('performance'),
        accessibility: pick('accessibility'),
        bestPractices: pick('bestPractices'),
        fcp: pick('fcp'),
        lcp: pick('lcp'),
        tbt: pick('tbt'),
        cls: pick('cls'),
        warnings: [...new Set(all.flatMap((r) => r.warnings))],
        failing: {
          accessibility: [...new Set(all.flatMap((r) => r.failing.accessibility))],
          bestPractices: [...new Set(all.flatMap((r) => r.failing.bestPractices))],
        },
      };
    }
  } finally {
    await server.close();
  }
  return out;
}

export function printLighthouse(results) {
  for (const [p, r] of Object.entries(results)) {
    console.log(
      `${p.padEnd(32)} perf ${r.performance} (${r.runs.map((x) => x.performance).join('/')})  a11y ${r.accessibility}  best ${r.bestPractices}` +
        `  FCP ${Math.round(r.fcp)} ms  LCP ${Math.round(r.lcp)} ms  TBT ${Math.round(r.tbt)} ms  CLS ${r.cls.toFixed(3)}`,
    );
    for (const w of r.warnings) console.log(`    run warning: ${w}`);
    if (r.failing.accessibility.length) console.log(`    accessibility audits not passed: ${r.failing.accessibility.join(', ')}`);
    if (r.failing.bestPractices.length) console.log(`    best-practices audits not passed: ${r.failing.bestPractices.join(', ')}`);
  }
}

if (process.argv[1] === import.meta.filename) {
  const distDir = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
  printLighthouse(await benchLighthouse({ distDir, runs: Number(process.env.LH_RUNS ?? 3) }));
}
