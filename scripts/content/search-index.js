// Builds the per-language MiniSearch index at build time, so phones only load it
// (MiniSearch.loadJSON) and never index on a keystroke.
import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS } from '../../src/shared/fold.js';

/**
 * @param {string} lang
 * @param {{ articles: any[], checklists?: any[], points?: any[] }} pack
 * @returns {object[]} the documents to index
 */
export function searchDocuments(lang, pack) {
  const docs = [];
  for (const a of pack.articles) {
    docs.push({ id: `rights:${a.slug}`, kind: 'rights', ref: a.slug, lang, title: a.title, summary: a.summary, text: a.text });
  }
  for (const c of pack.checklists ?? []) {
    const text = c.steps.map((s) => [s.title, s.do, ...(s.documents ?? [])].join(' ')).join(' ');
    docs.push({ id: `checklists:${c.id}`, kind: 'checklists', ref: c.id, lang, title: c.title, summary: c.summary, text });
  }
  for (const p of pack.points ?? []) {
    const text = [p.description, p.address ?? '', p.city, ...(p.services ?? [])].join(' ');
    docs.push({ id: `map:${p.id}`, kind: 'map', ref: p.id, lang, title: p.name, summary: p.description, text });
  }
  return docs;
}

export function buildSearchIndex(docs) {
  const index = new MiniSearch(SEARCH_OPTIONS);
  index.addAll(docs);
  return JSON.stringify(index);
}
