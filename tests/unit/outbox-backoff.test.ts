// Backoff for outbox retries: doubling from 1 s, capped at 5 minutes, plus up to 1 s of
// jitter so phones that lost the network together do not all come back in the same second.
import { describe, expect, it } from 'vitest';
import { delay, retryAfterMs, CAP_MS } from '../../src/shared/outbox/backoff';

describe('delay', () => {
  it('doubles from one second', () => {
    const noJitter = () => 0;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => delay(n, noJitter))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000,
    ]);
  });

  it('never waits more than 5 minutes plus jitter, however many failures', () => {
    expect(delay(9, () => 0)).toBe(CAP_MS);
    expect(CAP_MS).toBe(300_000);
    for (const n of [10, 30, 64, 1_000, Number.MAX_SAFE_INTEGER]) {
      expect(delay(n, () => 0)).toBe(300_000);
      expect(delay(n, () => 0.999_999)).toBeLessThan(301_000);
    }
  });

  it('adds 0 to 1 s of jitter, from the injected random source', () => {
    expect(delay(0, () => 0.5)).toBe(1_500);
    expect(delay(3, () => 0.25)).toBe(8_250);
    expect(delay(0, () => 0.999_999)).toBe(1_999);
  });

  it('keeps the jitter within bounds with the real Math.random', () => {
    for (let i = 0; i < 500; i++) {
      const n = i % 12;
      const base = Math.min(1_000 * 2 ** n, 300_000);
      const d = delay(n);
      expect(d).toBeGreaterThanOrEqual(base);
      expect(d).toBeLessThan(base + 1_000);
    }
  });

  it('treats a negative or fractional count as the nearest sensible one', () => {
    expect(delay(-3, () => 0)).toBe(1_000);
    expect(delay(2.7, () => 0)).toBe(4_000);
  });
});

describe('retryAfterMs', () => {
  it('reads delta-seconds', () => {
    expect(retryAfterMs('30')).toBe(30_000);
    expect(retryAfterMs(' 0 ')).toBe(0);
  });

  it('reads an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:20 GMT', now)).toBe(20_000);
    expect(retryAfterMs('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
  });

  it('caps a huge wait at 5 minutes and ignores what it cannot read', () => {
    expect(retryAfterMs('86400')).toBe(300_000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('')).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
  });
});
