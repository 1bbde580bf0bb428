// What search indexes, made from a content pack as the phone stores it, so the build (the
// Russian fallback index it ships in other languages' packs) and the phone (its own index,
// built when the pack is imported) index exactly the same documents. Plain JS with no React
// or Dexie, so the Node build imports it as is; deterministic, so both sides agree.
import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS } from './fold.js';

// The compiler's HTML only ever escapes these (marked's escape, markdown.js's escapeAttr);
// numeric references are decoded too so a hand-written one in markdown still reads as text.
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

const NOTE_OPEN = '<aside class="before-you-go"';

/** The article without the before-you-go note: it is the same on every page, so it would only blur search. */
function withoutNote(html) {
  let out = html;
  for (let start = out.indexOf(NOTE_OPEN); start !== -1; start = out.indexOf(NOTE_OPEN, start)) {
    // Skip to the aside's own end, past any aside nested in the note.
    const tags = /<aside\b|<\/aside>/g;
    tags.lastIndex = start + 1;
    let depth = 1;
    let end = out.length;
    for (let m = tags.exec(out); m; m = tags.exec(out)) {
      depth += m[0] === '</aside>' ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    out = out.slice(0, start) + ' ' + out.slice(end);
  }
  return out;
}

/**
 * An article's words from its HTML: tags out (as spaces, so words either side stay apart;
 * attributes are escaped by the compiler, so no ">" hides inside a tag), entities decoded,
 * runs of white space made one.
 * @param {string} html
 */
export function htmlText(html) {
  return decode(withoutNote(html).replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/**
 * @param {string} lang
 * @param {{ articles: any[], checklists?: any[], points?: any[] }} pack as in public/packs/{lang}.{hash}.json
 * @param {{ fallback?: boolean }} [options] fallback: titles and summaries only, no text (see buildSearchIndex)
 * @returns {{ id: string, kind: string, ref: string, lang: string, title: string, summary: string, text: string }[]}
 */
export function searchDocuments(lang, pack, { fallback = false } = {}) {
  const docs = [];
  // The text is made only when it is indexed (a function), as the fallback leaves it empty.
  const add = (kind, ref, title, summary, text) =>
    docs.push({ id: `${kind}:${ref}`, kind, ref, lang, title, summary, text: fallback ? '' : text() });
  for (const a of pack.articles) add('rights', a.slug, a.title, a.summary, () => htmlText(a.html));
  for (const c of pack.checklists ?? []) {
    add('checklists', c.id, c.title, c.summary, () => c.steps.map((s) => [s.title, s.do, ...(s.documents ?? [])].join(' ')).join(' '));
  }
  for (const p of pack.points ?? []) {
    add('map', p.id, p.name, p.description, () => [p.description, p.address ?? '', p.city, ...(p.services ?? [])].join(' '));
  }
  return docs;
}

/**
 * The serialised MiniSearch index of a pack, as the search page loads it (MiniSearch.loadJSON).
 * @param {string} lang
 * @param {{ articles: any[], checklists?: any[], points?: any[] }} pack
 * @param {{ fallback?: boolean }} [options] fallback: the Russian index carried in other
 *   languages' packs. Its hits are shown with the reader's own title and summary (looked up by
 *   id in the own index), so it stores only kind and ref; and it indexes only titles and
 *   summaries: a Russian query's item is what its title or summary names, and the full text
 *   was 4/5 of the fallback's bytes in every pack while adding no top-3 hit in the relevance
 *   check (tests/unit/search-relevance.test.js compares the two).
 * @returns {string}
 */
export function buildSearchIndex(lang, pack, { fallback = false } = {}) {
  const index = new MiniSearch(fallback ? { ...SEARCH_OPTIONS, storeFields: ['kind', 'ref'] } : SEARCH_OPTIONS);
  index.addAll(searchDocuments(lang, pack, { fallback }));
  return JSON.stringify(index);
}
