// "Phone storage is full" must reach the user in plain words, whatever shape the error has.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { isQuotaError, reportError, userError } from '../../src/data/errors';

const quotaDom = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const dexieAbortWithQuota = () => new Dexie.AbortError('Transaction aborted', quotaDom());

beforeEach(() => {
  userError.set(null);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('isQuotaError', () => {
  it('recognises the browser\'s QuotaExceededError', () => {
    expect(isQuotaError(quotaDom())).toBe(true);
  });

  it("recognises a Dexie error whose inner error is a quota error", () => {
    const e = dexieAbortWithQuota();
    expect(e.name).toBe('AbortError');
    expect(isQuotaError(e)).toBe(true);
    expect(isQuotaError({ name: 'BulkError', inner: { name: 'AbortError', inner: quotaDom() } })).toBe(true);
  });

  it("recognises Firefox's quota error and one passed as a cause", () => {
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('write failed', { cause: quotaDom() }))).toBe(true);
  });

  it('does not treat other errors as quota errors', () => {
    expect(isQuotaError(new TypeError('Failed to fetch'))).toBe(false);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', new TypeError('x')))).toBe(false);
    expect(isQuotaError(new DOMException('nope', 'ConstraintError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});

describe('reportError', () => {
  it('shows the "storage full" message for a quota error', () => {
    reportError(quotaDom());
    expect(userError.get()).toMatchObject({ kind: 'quota' });
  });

  it('shows the "storage full" message for a Dexie-wrapped quota error', () => {
    reportError(dexieAbortWithQuota());
    expect(userError.get()).toMatchObject({ kind: 'quota' });
  });

  it('shows the generic message for anything else, keeping the detail', () => {
    reportError(new TypeError('Failed to fetch'));
    expect(userError.get()).toEqual({ kind: 'generic', detail: 'Failed to fetch' });
  });
});
