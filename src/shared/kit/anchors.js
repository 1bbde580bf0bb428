// @ts-check
// Anchors of the one-file kit, and how app links become links inside the file.
// Every id is made from content ids only (slugs, step ids, heading anchors), never from order
// or wording, so "#r-birth-registration" points at the same article in every build and every
// language. Prefixes keep kinds apart; "--" joins an item and its part (slugs never hold "--").

export const SECTIONS = /** @type {const} */ ({ top: 'top', contents: 'contents', help: 'help', beforeYouGo: 'before-you-go', rights: 'rights', checklists: 'checklists', places: 'places', sources: 'sources' });

export const anchor = {
  /** @param {string} slug */
  article: (slug) => `r-${slug}`,
  /** @param {string} slug @param {string} heading */
  heading: (slug, heading) => `r-${slug}--${heading}`,
  /** @param {string} id */
  checklist: (id) => `c-${id}`,
  /** @param {string} id @param {string} step */
  step: (id, step) => `c-${id}--${step}`,
  /** The n-th entry (1-based) of the file's one list of sources. @param {number} n */
  source: (n) => `s-${n}`,
  /** @param {string} id */
  point: (id) => `p-${id}`,
  /** @param {string} id */
  number: (id) => `n-${id}`,
};

/**
 * What the file holds, to decide whether a link can stay inside it.
 * @typedef {{ articles: Map<string, Set<string>>, checklists: Set<string>, points: Set<string> }} KitIndex
 */

/**
 * The full app's URL for a path, tagged so the campaign sees visits that came from a kit.
 * @param {string} origin @param {string} path
 */
export const appUrl = (origin, path) => `${origin}${path}${path.includes('?') ? '&' : '?'}src=kit`;

/**
 * An app path from article text (/{lang}/rights/slug#heading, /{lang}/help, ...) as a link in
 * the kit: an #anchor when the file holds that page, else the same page in the full app.
 * @param {string} href a path as the content build allows it (scripts/content/checks.js)
 * @param {{ lang: string, origin: string, index: KitIndex }} ctx
 * @returns {string | null} null when href is not an app path
 */
export function appLink(href, { lang, origin, index }) {
  const m = href.match(/^\/([a-z]{2})\/([a-z]*)(?:\/([a-z0-9-]+))?\/?(?:#([a-z0-9-]+))?$/);
  if (!m) return null;
  const [, linkLang, page, id, hash] = m;
  const inApp = appUrl(origin, `/${linkLang}/${page}${id ? `/${id}` : ''}`);
  if (linkLang !== lang) return inApp;
  if (page === 'help' && !id) return `#${SECTIONS.help}`;
  if (page === 'rights') {
    if (!id) return `#${SECTIONS.rights}`;
    const headings = index.articles.get(id);
    if (!headings) return inApp;
    return `#${hash && headings.has(hash) ? anchor.heading(id, hash) : anchor.article(id)}`;
  }
  if (page === 'checklists') {
    if (!id) return `#${SECTIONS.checklists}`;
    return index.checklists.has(id) ? `#${anchor.checklist(id)}` : inApp;
  }
  if (page === 'map') {
    if (!id) return `#${SECTIONS.places}`;
    return index.points.has(id) ? `#${anchor.point(id)}` : inApp;
  }
  return inApp; // home, search, feedback, settings, about: only the full app has them
}
