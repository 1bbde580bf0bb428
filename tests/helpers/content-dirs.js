// Content folders for the compiler tests: each a copy of the fixture folder, removed after the
// test, and the error a compile of it throws.
import { afterEach } from 'vitest';
import fs from 'node:fs';
import { compileContent } from '../../scripts/content/compile.js';
import { makeContentDir } from '../fixtures/content-folder.js';

/** @type {string[]} */
const dirs = [];
afterEach(() => {
  while (dirs.length) fs.rmSync(/** @type {string} */ (dirs.pop()), { recursive: true, force: true });
});

/** A fresh, valid content folder, removed after this test. */
export function contentDir() {
  const dir = makeContentDir();
  dirs.push(dir);
  return dir;
}

/** The error compiling `dir` throws; the test fails if the content compiles. @param {string} dir */
export function compileError(dir) {
  try {
    compileContent(dir);
  } catch (e) {
    return /** @type {Error} */ (e);
  }
  throw new Error('compileContent accepted broken content');
}
