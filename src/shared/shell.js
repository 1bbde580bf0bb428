// @ts-check
// A language's shell document: the built index.html with <html lang dir> set and the shell's
// markup (header, notices, navigation, an empty main) in #root. One function for the build
// (scripts/prerender), the server (search pages) and the service worker (every page offline),
// so the three can never disagree. Plain string work: no DOM here.

/**
 * @param {string} template the built index.html (its asset tags are this version's)
 * @param {string} lang
 * @param {string} markup the shell's rendered #root content (src/app/prerender.tsx renderShell)
 */
export function shellDocument(template, lang, markup) {
  return setRoot(withLang(template, lang), `data-shell="${lang}"`, markup);
}

/** <html lang dir>, and no "needs JavaScript" line (the page has its own wording). */
export function withLang(/** @type {string} */ doc, /** @type {string} */ lang) {
  return doc
    .replace(/<html\b[^>]*>/, `<html lang="${lang}" dir="ltr">`)
    .replace(/\s*<noscript>Qadam needs JavaScript[^<]*<\/noscript>/, '');
}

/** Puts markup into the empty <div id="root"></div>, with attributes. */
export function setRoot(/** @type {string} */ doc, /** @type {string} */ attrs, /** @type {string} */ markup) {
  if (!doc.includes('<div id="root"></div>')) throw new Error('index.html has no empty <div id="root"></div>');
  return doc.replace('<div id="root"></div>', () => `<div id="root" ${attrs}>${markup}</div>`);
}
