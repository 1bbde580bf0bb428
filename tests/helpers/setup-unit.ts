// fake-indexeddb gives Dexie a spec-following IndexedDB in Node. It is for unit tests only;
// the end-to-end tests use the real thing in Chromium.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
