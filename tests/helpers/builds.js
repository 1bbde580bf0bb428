// Builds of the app for end-to-end tests. Two builds that differ only in their build id
// let the update test play "version A is installed, version B is deployed".
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { compressDir } from '../../scripts/compress.js';
import { writeKits } from '../../scripts/kit/build.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const E2E_DIR = path.join(ROOT, '.e2e');
export const DIST_A = path.join(E2E_DIR, 'dist-a');
export const DIST_B = path.join(E2E_DIR, 'dist-b');
/** The public address test builds give the one-file kits (QADAM_PUBLIC_URL in a real build). */
export const KIT_PUBLIC_URL = 'https://qadam.example';

/** Like `npm run build`: the family app, then the NGO dashboard into outDir/admin, then compression. */
export function buildApp(outDir, buildId) {
  // NODE_ENV is "test" under vitest; a test build must be the production build.
  const env = { ...process.env, NODE_ENV: 'production', QADAM_OUT_DIR: outDir, QADAM_BUILD_ID: buildId };
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env });
  execFileSync(process.execPath, [vite, 'build', '--config', 'vite.admin.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env });
  writeKits({ outDir, origin: KIT_PUBLIC_URL }); // as `npm run build` does after vite build
  compressDir(outDir);
}

export function buildContent() {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/content/build.js')], { cwd: ROOT, stdio: 'inherit' });
}
