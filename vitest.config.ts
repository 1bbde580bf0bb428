// Unit, component and server tests: fast, no browser. End-to-end tests have their own
// config (vitest.e2e.config.ts) because they need a real build and a real Chromium.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx,js}', 'tests/component/**/*.test.{ts,tsx,js}', 'tests/server/**/*.test.js'],
    environment: 'jsdom',
    setupFiles: ['tests/helpers/setup-unit.ts'],
    testTimeout: 20_000,
  },
});
