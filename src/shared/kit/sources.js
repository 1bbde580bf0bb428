// @ts-check
// The kit's sources: listed once, numbered, at the end of the file (many items cite the same
// law or page; listing each in full under every item would cost a fifth of the file). Items
// point at them by number, "Sources: 3, 7–9", each number or run of numbers a link to the
// list, where a run's entries stand one under the other.
import { esc, safeUrl } from './html.js';
import { anchor, SECTIONS } from './anchors.js';

/** @typedef {{ title: string, url: string, date: string }} Source */

/** A link that leaves the file (a source, a messenger), or plain text when its URL is unsafe. */
export function outLink(/** @type {string} */ url, /** @type {string} */ html) {
  const safe = safeUrl(url);
  return safe ? `<a href="${esc(safe)}">${html}</a>` : html;
}

/**
 * Numbers as runs: [3, 7, 8, 9] → [[3, 3], [7, 9]]. A run of two stays two numbers, so each
 * keeps its own link where that costs next to nothing.
 * @param {number[]} numbers
 * @returns {[number, number][]}
 */
export function runsOf(numbers) {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  /** @type {[number, number][]} */
  const runs = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs.flatMap(([a, b]) => (b === a + 1 ? [[a, a], [b, b]] : [[a, b]]));
}

/**
 * The numbered list of every source the file cites, each once, in order of first citation.
 * refs() numbers the sources it is given and links them; section() lists them all, so it
 * must come after every refs().
 */
export function sourceList() {
  /** @type {Map<string, { n: number, source: Source }>} */
  const seen = new Map();
  const number = (/** @type {Source} */ s) => {
    if (!seen.has(s.url)) seen.set(s.url, { n: seen.size + 1, source: s });
    return /** @type {{ n: number }} */ (seen.get(s.url)).n;
  };
  return {
    /** @param {Source[]} sources @returns {string} "3, 7–9" as links */
    refs: (sources) =>
      runsOf(sources.map(number))
        .map(([a, b]) => `<a href="#${anchor.source(a)}">${a === b ? a : `${a}–${b}`}</a>`)
        .join(', '),
    /** @param {string} title the section's heading, HTML-safe */
    section: (title) =>
      `<section id="${SECTIONS.sources}" aria-labelledby="sources-h"><h2 id="sources-h">${title}</h2><ol class="src">` +
      [...seen.values()].map(({ n, source }) => `<li id="${anchor.source(n)}">${outLink(source.url, esc(source.title))} (${esc(source.date)})</li>`).join('') +
      '</ol></section>',
  };
}
/** @typedef {ReturnType<typeof sourceList>} SourceList */
