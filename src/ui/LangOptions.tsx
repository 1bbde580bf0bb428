import { LANGS, LANG_NAMES } from '../shared/langs.js';

/** The six languages as <option>s, each in its own name and language (for screen readers). */
export function LangOptions() {
  return (
    <>
      {LANGS.map((l) => (
        <option key={l} value={l} lang={l}>
          {LANG_NAMES[l]}
        </option>
      ))}
    </>
  );
}
