// @ts-check
// The "before you go" risk note (content/notes/before-you-go.yaml) in the kit. The content
// build puts the whole note into every article that sends a family to a state body, and the
// app shows it with every such checklist step. In one file that read 21 times over, a fifth
// of the size limit: so the kit shows it in full once (#before-you-go) and, everywhere it
// stood, a short note that keeps its first point, the risk (talk to free legal aid first if
// your stay is not in order), with a link to the whole note.

/**
 * The note as the content build wrote it into article HTML (scripts/content/markdown.js,
 * beforeYouGoAside): its title, then its body (a list).
 */
const ARTICLE_NOTE = /<aside class="before-you-go" role="note"><p class="before-you-go-title"><strong>([^<]*)<\/strong><\/p>([\s\S]*?)<\/aside>\n?/g;

/** The reverse of the escaping the content build does on the note's title. */
const unescape = (/** @type {string} */ s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * @typedef {{ title: string, html: string }} Note the title as text, the body as HTML (from the content build)
 * @typedef {{ html: string } | { note: Note }} Part
 */

/**
 * Article HTML cut into the parts around its before-you-go notes, in order.
 * @param {string} html
 * @returns {Part[]}
 */
export function splitNotes(html) {
  /** @type {Part[]} */
  const parts = [];
  let last = 0;
  for (const m of html.matchAll(ARTICLE_NOTE)) {
    parts.push({ html: html.slice(last, m.index) }, { note: { title: unescape(m[1]), html: m[2] } });
    last = m.index + m[0].length;
  }
  parts.push({ html: html.slice(last) });
  return parts.filter((p) => !('html' in p) || p.html);
}

/**
 * The note the file shows in full, or null when nothing in the pack carries it. Taken from
 * the pack (a checklist holds it whole; an article holds it inline), so the kit needs no
 * input beyond the pack.
 * @param {{ articles: { html: string }[], checklists: { beforeYouGo?: Note, steps: { beforeYouGo?: boolean }[] }[] }} pack
 * @returns {Note | null}
 */
export function noteOf({ articles, checklists }) {
  const list = checklists.find((l) => l.beforeYouGo && l.steps.some((s) => s.beforeYouGo));
  if (list?.beforeYouGo) return list.beforeYouGo;
  for (const a of articles) {
    const part = splitNotes(a.html).find((p) => 'note' in p);
    if (part && 'note' in part) return part.note;
  }
  return null;
}

/**
 * The note's first point (the risk), as HTML, or null when the body is not a list (then the
 * note is shown whole where it stands: shortening it could lose the risk).
 * @param {Note} note
 */
export function riskPoint(note) {
  const first = note.html.match(/^\s*<ul>\s*<li>([\s\S]*?)<\/li>/);
  return first && !/<(ul|ol|li)\b/.test(first[1]) ? first[1] : null;
}
