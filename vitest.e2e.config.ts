// End-to-end tests: the real built app, its real service worker, the real server and
// Debian's Chromium via playwright-core. Never `vite dev`. Files run one at a time
// because each drives a browser and the machine has two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.js'],
    environment: 'node',
    globalSetup: ['tests/helpers/e2e-global-setup.js'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
