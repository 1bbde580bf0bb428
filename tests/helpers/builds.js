// Builds of the app for end-to-end tests. Two builds that differ only in their build id
// let the update test play "version A is installed, version B is deployed".
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildApp as buildPrerendered } from '../../scripts/prerender/build.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const E2E_DIR = path.join(ROOT, '.e2e');
export const DIST_A = path.join(E2E_DIR, 'dist-a');
export const DIST_B = path.join(E2E_DIR, 'dist-b');
/** The public address test builds give the one-file kits (QADAM_PUBLIC_URL in a real build). */
export const KIT_PUBLIC_URL = 'https://qadam.example';

/** The whole app build, as `npm run build` (scripts/prerender/build.js: renderer, shells, app, pages, dashboard, kits, compression). */
export async function buildApp(outDir, buildId) {
  const before = process.env.QADAM_BUILD_ID;
  process.env.QADAM_BUILD_ID = buildId; // read by vite.config.ts in the build's child processes
  try {
    await buildPrerendered({ outDir, kitOrigin: KIT_PUBLIC_URL });
  } finally {
    if (before === undefined) delete process.env.QADAM_BUILD_ID;
    else process.env.QADAM_BUILD_ID = before;
  }
}

export function buildContent() {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/content/build.js')], { cwd: ROOT, stdio: 'inherit' });
}
