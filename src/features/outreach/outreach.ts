// Outreach mode: an outreach worker shows Qadam to a family in person. Kept in localStorage
// so it applies before the first paint; it holds no personal data.
import { observable } from '../../data/observable';
import { isLang, type Lang } from '../../shared/langs.js';

export interface Outreach {
  on: boolean;
  workerLang: Lang;
}
const KEY = 'qadam.outreach';

function load(): Outreach {
  if (typeof localStorage === 'undefined') return OFF; // build-time prerender
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Outreach> | null;
    return { on: saved?.on === true, workerLang: isLang(saved?.workerLang) ? saved.workerLang : 'ru' };
  } catch {
    return { on: false, workerLang: 'ru' };
  }
}

const OFF: Outreach = { on: false, workerLang: 'ru' };
// Off while a prerendered page hydrates (the build knows no phone's settings), then the saved
// state (src/data/observable.ts). The <html> class is set before paint by public/prefs.js.
export const outreach = observable<Outreach>(OFF);
outreach.set(load());

export function setOutreach(next: Partial<Outreach>): void {
  const value = { ...outreach.get(), ...next };
  localStorage.setItem(KEY, JSON.stringify(value));
  outreach.set(value);
  applyOutreachClass(value);
}

/** Larger text and the outreach header come from this class (styles.css, "outreach"). */
export function applyOutreachClass(value: Outreach = outreach.get()): void {
  document.documentElement.classList.toggle('outreach', value.on);
}
