// An article's HTML (built from markdown at build time) cut into its sections: the part before
// the first <h2>, then one part per <h2>. Outreach side by side pairs the family's sections
// with the worker's, so both columns stay level block by block. marked writes headings as
// top-level elements and raw HTML is refused at build time, so a cut at "<h2" never lands
// inside another element.
export function splitSections(html: string): string[] {
  return html.split(/(?=<h2[\s>])/).filter((part) => part.trim() !== '');
}

/**
 * Pairs by position. Translations keep the same headings, so counts match; if they ever do
 * not, the extra sections of the longer side join its last row, so nothing is lost.
 */
export function pairSections(left: string[], right: string[]): [string, string][] {
  const n = Math.max(1, Math.min(left.length, right.length));
  return Array.from({ length: n }, (_, i) => {
    const last = i === n - 1;
    return [last ? left.slice(i).join('') : (left[i] ?? ''), last ? right.slice(i).join('') : (right[i] ?? '')];
  });
}
