// i18next setup. Each language's UI strings (and help numbers) are a small JSON chunk
// generated from content/strings by the content build; the service worker precaches all
// six, so switching language works offline from the first visit.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../shared/langs.js';

export interface HelpNumber {
  id: string;
  number: string;
  tel: string;
  label: string;
  note: string;
  confidence: 'H' | 'M' | 'L';
  /** Shown with the "not verified" note even when its one source is M (help.yaml). */
  unverified: boolean;
  source: { title: string; url: string; date: string; accessed: string };
}
export interface Core {
  strings: Record<string, unknown>;
  help: HelpNumber[];
}

const loaders = import.meta.glob<Core>('../generated/core/*.json', { import: 'default' });
const loaded = new Map<Lang, Core>();

/** One language's UI strings and urgent numbers (precached, so this works offline). */
export async function loadCore(lang: Lang): Promise<Core> {
  const hit = loaded.get(lang);
  if (hit) return hit;
  const load = loaders[`../generated/core/${lang}.json`];
  if (!load) throw new Error(`No UI strings for ${lang}`);
  const core = await load();
  loaded.set(lang, core);
  return core;
}

export function helpNumbers(lang: Lang): HelpNumber[] {
  return loaded.get(lang)?.help ?? [];
}

let initialised: Promise<unknown> | null = null;

/** Load a language's strings (from the precache when offline) and make it current. */
export async function switchLanguage(lang: Lang): Promise<void> {
  const core = await loadCore(lang);
  if (!initialised) {
    initialised = i18next.use(initReactI18next).init({
      lng: lang,
      fallbackLng: false, // the content build guarantees every key in every language
      resources: { [lang]: { translation: core.strings } },
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
    // Set <html lang> in the same tick the language changes, before React paints the new text.
    i18next.on('languageChanged', (lng) => {
      if (typeof document !== 'undefined') document.documentElement.lang = lng;
    });
    await initialised;
  } else {
    await initialised;
    if (!i18next.hasResourceBundle(lang, 'translation')) i18next.addResourceBundle(lang, 'translation', core.strings);
    // Already current (the layout asks again after the boot did): changing would re-render every
    // translated component for nothing, right when a cheap phone is busiest.
    if (i18next.language !== lang) await i18next.changeLanguage(lang);
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang; // also covers the very first language
}

export { i18next };
