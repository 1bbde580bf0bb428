// Cross-file checks: internal links resolve, no invented phone numbers.
import { LANGS } from '../../src/shared/langs.js';
import { PAGES as CONTRACT_PAGES } from '../../src/shared/facts.js';

// Every number the help page lists; nothing else may appear in articles.
export function allowedNumbers(help) {
  return new Set(help.numbers.flatMap((n) => [digits(n.number), digits(n.tel)]));
}
const digits = (s) => s.replace(/\D/g, '');
// "1 500 000" (a sum of money, a count) is grouped in threes; a phone number is not.
const isThousands = (s) => /^\s*\d{1,3}( \d{3})+\s*$/.test(s);

// Pages of the URL contract that are not per-item (docs/contracts.md).
const PAGES = new Set(CONTRACT_PAGES);

/**
 * @returns {string|null} reason the link is broken, or null when it resolves
 * @param {string} href
 * @param {string} lang the language of the file holding the link
 * @param {{ articles: Map<string, Set<string>>, checklists: Set<string>, points: Set<string>, externals: Set<string> }} known
 */
export function checkLink(href, lang, known) {
  if (/^https?:\/\//.test(href)) {
    return known.externals.has(href) ? null : `external link ${href} is not one of the article's sources`;
  }
  if (/^tel:/.test(href)) return null; // numbers are checked by findPhoneNumbers
  const m = href.match(/^\/([a-z]{2})\/([a-z]*)(?:\/([a-z0-9-]+))?\/?(?:#([a-z0-9-]+))?$/);
  if (!m) return `link ${href} is not an app path like /${lang}/rights/some-slug`;
  const [, linkLang, page, id, anchor] = m;
  if (!LANGS.includes(linkLang)) return `link ${href} has an unknown language`;
  if (linkLang !== lang) return `link ${href} should use this file's language /${lang}/`;
  if (!PAGES.has(page)) return `link ${href} goes to an unknown page "${page}"`;
  if (!id) return anchor ? `link ${href} has an anchor on a list page` : null;
  if (page === 'rights') {
    const anchors = known.articles.get(id);
    if (!anchors) return `link ${href} goes to an article that does not exist`;
    if (anchor && !anchors.has(anchor)) return `link ${href} goes to a heading #${anchor} that does not exist`;
    return null;
  }
  if (page === 'checklists' && known.checklists.has(id)) return null;
  if (page === 'map' && known.points.has(id)) return null;
  return `link ${href} goes to "${id}", which does not exist`;
}

/** Phone-like digit runs (7+ digits) or tel: links that the help page does not list. */
export function findPhoneNumbers(text, allowed) {
  const found = [];
  for (const m of text.matchAll(/tel:([+\d]+)/g)) if (!allowed.has(digits(m[1]))) found.push(m[1]);
  // Dates and year ranges are not phone numbers; a number never spans a line or a sentence end.
  const plain = text
    .replace(/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{4}\s*[-–]\s*\d{4}\b/g, ' ')
    .split(/\n|\.\s/);
  for (const part of plain) {
    for (const m of part.matchAll(/\+?\d[\d \t()-]{5,}\d/g)) {
      // "111 (8 800 080 7777)": judge each bracketed group on its own.
      for (const piece of m[0].split(/[()]/)) {
        const d = digits(piece);
        if (d.length >= 7 && !allowed.has(d) && !isThousands(piece)) found.push(piece.trim());
      }
    }
  }
  return found;
}
