// Word patterns for the term list (content/terms.yaml) and the state-body check
// (content/notes/before-you-go.yaml). One syntax for both, documented in docs/content-format.md:
//   - a pattern is one or more words, matched case-insensitively as WHOLE words, so "УТР"
//     never fires inside "утро" and "court" never inside "courtyard";
//   - a word ending in "*" is a stem: "төрөлгөндүг*" matches төрөлгөндүгү, төрөлгөндүгүн…;
//   - words are separated by any run of spaces or line breaks (a folded YAML line may split them).
// "Word" means letters and combining marks in any script (\p{L}\p{M}), so Cyrillic, Kazakh,
// Tajik and Uzbek Latin (its ʻ U+02BB is a letter) all work; digits count as word characters too.

const WORD = '[\\p{L}\\p{M}\\p{N}]';
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** @param {string} pattern @returns {RegExp} global, case-insensitive, Unicode */
export function patternRegex(pattern) {
  const words = pattern.trim().split(/\s+/);
  if (!words[0]) throw new Error('a pattern must not be empty');
  const body = words
    .map((w) => (w.endsWith('*') ? `${escape(w.slice(0, -1))}[\\p{L}\\p{M}]*` : escape(w)))
    .join('[\\s\\u00a0]+');
  return new RegExp(`(?<!${WORD})${body}(?!${WORD})`, 'giu');
}

/**
 * Every match of any pattern in text.
 * @param {string} text
 * @param {{ pattern: string, regex: RegExp }[]} compiled
 * @returns {{ pattern: string, found: string, index: number }[]} sorted by position
 */
export function findAll(text, compiled) {
  const hits = [];
  for (const { pattern, regex } of compiled) {
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) hits.push({ pattern, found: m[0], index: m.index });
  }
  return hits.sort((a, b) => a.index - b.index);
}

export const compile = (patterns) => patterns.map((pattern) => ({ pattern, regex: patternRegex(pattern) }));

/** 1-based line of an offset in text. */
export function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Markdown link targets and bare URLs are not prose: "(/en/rights/glossary#psc)" must not
 * count as naming the PSC. They are blanked with spaces so offsets (and lines) stay true.
 */
export function blankUrls(text) {
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  return text
    .replace(/\]\(([^)\s]*)\)/g, (m, url) => `](${blank(url)})`)
    .replace(/https?:\/\/[^\s)]+/g, blank)
    .replace(/\{#[a-z0-9-]+\}/g, blank);
}
