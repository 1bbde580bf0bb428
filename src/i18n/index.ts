// i18next setup. Each language's UI strings (and help numbers) are a small JSON file made from
// content/strings by the content build (/packs/core-{lang}.{hash}.json). A phone fetches the
// languages it uses and keeps them (CORE_CACHE) with their packs; they are not precached, since
// five languages a family may never read were ~35 KiB of every first visit. Offline, a language
// whose strings are not on the phone falls back to one that is (its pages then offer the content
// in that language, see ui/PackGate).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '../shared/langs.js';
import { CORE_CACHE } from '../shared/worker-protocol';
import { cachedFetch, isCached } from '../shared/cached-fetch';
import manifest from '../generated/packs.json';

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

const coreUrls = manifest.cores as Record<Lang, { url: string }>;
// The prerender (Node) and unit tests read the generated files; in the phone's build this is
// dead code, so no string file is bundled.
const bundled = import.meta.env.SSR || import.meta.env.MODE === 'test' ? import.meta.glob<Core>('../generated/core/*.json', { import: 'default' }) : null;
const loaded = new Map<Lang, Core>();

/** One language's UI strings and urgent numbers: from this phone's cache, else the network. */
export async function loadCore(lang: Lang): Promise<Core> {
  const hit = loaded.get(lang);
  if (hit) return hit;
  const load = bundled?.[`../generated/core/${lang}.json`];
  const core = load ? await load() : ((await (await cachedFetch(CORE_CACHE, coreUrls[lang].url)).json()) as Core);
  loaded.set(lang, core);
  return core;
}

/**
 * The strings of `lang`, or (offline, when they are not on this phone) of a language that is:
 * Qadam always has words to say "this language is not on your phone yet".
 */
async function loadCoreOrFallback(lang: Lang): Promise<{ lang: Lang; core: Core }> {
  try {
    return { lang, core: await loadCore(lang) };
  } catch (e) {
    const current = i18next.isInitialized ? (i18next.language as Lang) : null;
    if (current && loaded.has(current)) return { lang: current, core: loaded.get(current)! };
    for (const other of LANGS) if (await isCached(CORE_CACHE, coreUrls[other].url).catch(() => false)) return { lang: other, core: await loadCore(other) };
    throw e;
  }
}

export function helpNumbers(lang: Lang): HelpNumber[] {
  return loaded.get(lang)?.help ?? [];
}

let initialised: Promise<unknown> | null = null;

/**
 * Load a language's strings (from this phone's cache when offline) and make it current.
 * Resolves with the language now shown: `wanted`, or offline the one on the phone it fell back to.
 */
export async function switchLanguage(wanted: Lang): Promise<Lang> {
  const { lang, core } = await loadCoreOrFallback(wanted);
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
  return lang;
}

export { i18next };
