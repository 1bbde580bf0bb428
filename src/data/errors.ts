// Errors the user must hear about in plain words. A quota error is never swallowed:
// whoever catches one calls reportError, and the layout shows it until dismissed.
import { observable } from './observable';

export type UserError = { kind: 'quota' | 'generic'; detail?: string } | null;
export const userError = observable<UserError>(null);

/** True for "disk full" in any of the shapes browsers and Dexie use. */
export function isQuotaError(e: unknown): boolean {
  let cur: unknown = e;
  for (let i = 0; cur && i < 4; i++) {
    const name = (cur as { name?: string }).name;
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    cur = (cur as { inner?: unknown; cause?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
  }
  return false;
}

export function reportError(e: unknown): void {
  console.error(e);
  userError.set({ kind: isQuotaError(e) ? 'quota' : 'generic', detail: String((e as Error)?.message ?? e) });
}
