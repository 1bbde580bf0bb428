// @vitest-environment node
// The soak, small enough for every `npm test` (the full one, 10,000 items from 50 phones, is
// in `npm run bench`): 2,000 items from 20 simulated phones — the app's real outbox over
// fake-indexeddb — through random network faults to the real server, then exactly-once
// checked on its SQLite file. See scripts/bench/soak.js.
import { expect, it } from 'vitest';
import { makePhone } from './helpers/soak-phone';
import { describeSoak, runSoak } from '../../scripts/bench/soak.js';

it('2,000 items from 20 phones through random faults: every one stored exactly once, none lost or failed', async () => {
  const result = await runSoak({ items: 2_000, phones: 20, faultRate: 0.3, seed: 5, makePhone, deadlineMs: 50_000 });
  console.log(describeSoak(result).join('\n'));
  expect(result.items).toBe(2_000);
  // Every kind of fault really happened, more than once.
  for (const [kind, n] of Object.entries(result.faults)) expect(n, kind).toBeGreaterThan(0);
  expect(result).toMatchObject({ rows: 2_000, duplicates: 0, lost: 0, unexpected: 0, leftFailed: 0 });
}, 90_000);
