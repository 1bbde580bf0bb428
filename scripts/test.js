// `npm test`: every test there is, in order of speed, failing fast.
//   1. content build (it validates content/ and generates what src/ imports)
//   2. type check (tsc --noEmit) and lint (ESLint: hooks rules, the rule of direction)
//   3. unit, component and server tests (vitest, fake-indexeddb, real SQLite)
//   4. end-to-end tests (two real builds, real service worker, Debian's Chromium)
// Prints one closing line "N passed, N failed" over all suites.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, '.e2e');
fs.mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;

function run(label, args) {
  console.log(`\n== ${label}`);
  const res = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  return res.status === 0;
}

function vitest(label, config) {
  const report = path.join(out, `${label}.json`);
  fs.rmSync(report, { force: true });
  const ok = run(label, [
    'node_modules/vitest/vitest.mjs', 'run', '--config', config,
    '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
  ]);
  if (fs.existsSync(report)) {
    const r = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    if (!ok && r.numFailedTests === 0) failed += 1; // crashed suite or setup error
  } else if (!ok) failed += 1;
  return ok;
}

/** A check that is one pass or one failure in the closing count. */
const check = (label, args) => {
  const ok = run(label, args);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
};

const steps = [
  () => run('content', ['scripts/content/build.js']) || ((failed += 1), false),
  () => check('typecheck', ['node_modules/typescript/bin/tsc', '--noEmit']),
  () => check('lint', ['node_modules/eslint/bin/eslint.js', '--max-warnings=0', '.']),
  () => vitest('unit', 'vitest.config.ts'),
  () => vitest('e2e', 'vitest.e2e.config.ts'),
];
for (const step of steps) if (!step()) break;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
