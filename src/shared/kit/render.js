// @ts-check
// The one-file kit: a language's content pack + UI strings + urgent numbers → one HTML file
// that opens from a file, with no network and no JavaScript. ONE renderer for both places it
// is made: the build (scripts/kit/build.js → dist/kit/qadam-{lang}.html) and the phone that
// sends it (src/features/kit). Plain JS, no DOM, no React, no Dexie, like src/shared/fold.js.
//
// What goes in is content only: nothing from the phone (answers, ticks, notes, children,
// feedback) is a parameter, so nothing of it can reach the file.
import { TOPICS } from '../facts.js';
import { POINT_CATEGORIES } from '../taxonomy.js';
import { qrPath } from '../qr.js';
import { esc, translator } from './html.js';
import { SECTIONS, anchor, appUrl } from './anchors.js';
import { KIT_CSS } from './style.js';
import { ICON_DEFS, helpSection, beforeYouGoSection, rightsSection, checklistsSection, placesSection } from './sections.js';
import { sourceList } from './sources.js';
import { noteOf } from './before-you-go.js';
import { compactHtml } from './compact.js';

/**
 * @typedef {import('./sections.js').KitPack} KitPack
 * @typedef {import('./sections.js').KitNumber} KitNumber
 * @typedef {{ pack: KitPack, strings: Record<string, unknown>, help: KitNumber[], contentVersion: string, origin: string }} KitInput
 */

/** The most a kit file may weigh, uncompressed: Bluetooth sends it as it is. */
export const KIT_MAX_BYTES = 256 * 1024;

/** @param {string} lang */
export const kitFileName = (lang) => `qadam-${lang}.html`;

/** Plain code-unit order: the same in Node and in every browser (localeCompare is not). */
const cmp = (/** @type {string | number} */ a, /** @type {string | number} */ b) => (a < b ? -1 : a > b ? 1 : 0);
const rank = (/** @type {readonly string[]} */ list, /** @type {string} */ v) => (list.includes(v) ? list.indexOf(v) : list.length);

/**
 * The pack in the kit's order, whatever order it came in (the build's file or Dexie rows):
 * articles by topic as the rights list shows them, checklists by their order, places by kind.
 * @param {KitPack} pack
 */
export function orderPack(pack) {
  return {
    articles: [...pack.articles].sort((x, y) => cmp(rank(TOPICS, x.topic), rank(TOPICS, y.topic)) || cmp(x.order, y.order) || cmp(x.slug, y.slug)),
    checklists: [...(pack.checklists ?? [])].sort((x, y) => cmp(x.order, y.order) || cmp(x.id, y.id)),
    points: [...(pack.points ?? [])].sort((x, y) => cmp(rank(POINT_CATEGORIES, x.category), rank(POINT_CATEGORIES, y.category)) || cmp(x.id, y.id)),
  };
}

/**
 * How old the kit is: the newest "checked" date in its content. Deterministic (the same
 * content gives the same date), unlike the build time.
 * @param {KitPack} pack
 */
export function contentDate(pack) {
  const dates = [...pack.articles.map((a) => a.reviewed), ...(pack.checklists ?? []).map((c) => c.reviewed), ...(pack.points ?? []).map((p) => p.verified)];
  return dates.reduce((newest, d) => (d > newest ? d : newest), '');
}

/** The app origin as the kit links it: scheme, host and port only. */
function checkOrigin(/** @type {string} */ origin) {
  const u = new URL(origin);
  if (!/^https?:$/.test(u.protocol)) throw new Error(`kit: the app origin must be http(s), not ${origin}`);
  return u.origin;
}

/** @param {string} text what the code holds @param {string} labelHtml its name, already escaped (from t()) */
const qrSvg = (text, labelHtml) => {
  const { d, size } = qrPath(text);
  return `<svg role="img" aria-label="${labelHtml}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${asLines(d)}" stroke="#000"/></svg>`;
};

/**
 * qrPath's rectangles ("M4 4h7v1h-7z": a run of dark modules) as lines one module wide
 * through the middle of each row, each moved to relative to the last: the same squares in
 * a third of the bytes.
 * @param {string} d
 */
function asLines(d) {
  let out = '';
  let [x, y] = [0, 0];
  for (const [, rx, ry, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [nx, ny] = [Number(rx), Number(ry) + 0.5];
    out += out ? `m${nx - x} ${ny - y}h${run}` : `M${nx} ${ny}h${run}`;
    [x, y] = [nx + Number(run), ny];
  }
  return out;
}

/** @param {ReturnType<typeof orderPack>} o @param {import('./sections.js').Ctx} c */
function contents(o, c) {
  const link = (/** @type {string} */ id, /** @type {string} */ text) => `<a href="#${id}">${text}</a>`;
  const list = (/** @type {string[]} */ items) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const topics = TOPICS.filter((topic) => o.articles.some((a) => a.topic === topic)).map(
    (topic) => `${c.t(`rights.topics.${topic}`)}${list(o.articles.filter((a) => a.topic === topic).map((a) => link(anchor.article(a.slug), esc(a.title))))}`,
  );
  const others = o.articles.filter((a) => !TOPICS.includes(/** @type {never} */ (a.topic))).map((a) => link(anchor.article(a.slug), esc(a.title)));
  return (
    `<nav id="${SECTIONS.contents}" aria-labelledby="contents-h"><h2 id="contents-h">${c.t('kit.contents')}</h2><ol>` +
    `<li>${link(SECTIONS.help, c.t('help.title'))}</li>` +
    (c.note ? `<li>${link(SECTIONS.beforeYouGo, esc(c.note.title))}</li>` : '') +
    `<li>${link(SECTIONS.rights, c.t('rights.title'))}${list([...topics, ...others])}</li>` +
    `<li>${link(SECTIONS.checklists, c.t('checklists.title'))}${list(o.checklists.map((l) => link(anchor.checklist(l.id), esc(l.title))))}</li>` +
    `<li>${link(SECTIONS.places, c.t('map.title'))}${list(o.points.map((p) => link(anchor.point(p.id), esc(p.name))))}</li>` +
    `<li>${link(SECTIONS.sources, c.t('rights.sources'))}</li>` +
    '</ol></nav>'
  );
}

// No script can run and nothing can be fetched, even when the file is opened with JavaScript
// on: the policy travels inside the file (file:// has no server to send it). The server sends
// it as a header too, for /kit/ (server/headers.js).
export const KIT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

/**
 * @param {KitInput} input
 * @returns {string} the whole HTML file
 */
export const renderKit = (input) => compactHtml(renderKitLong(input));

/**
 * The file before compactHtml: the same page, with every end tag and quote (for the test
 * that compactHtml changes nothing a browser builds from it).
 * @param {KitInput} input
 */
export function renderKitLong({ pack, strings, help, contentVersion, origin }) {
  const t = translator(strings);
  const lang = pack.lang;
  const app = checkOrigin(origin);
  const o = orderPack(pack);
  const index = {
    articles: new Map(o.articles.map((a) => [a.slug, new Set([...a.html.matchAll(/<h[2-6] id="([^"]+)"/g)].map((m) => m[1]))])),
    checklists: new Set(o.checklists.map((l) => l.id)),
    points: new Set(o.points.map((p) => p.id)),
  };
  /** @type {import('./sections.js').Ctx} */
  const c = {
    t,
    lang,
    origin: app,
    index,
    articleTitles: new Map(o.articles.map((a) => [a.slug, a.title])),
    pointNames: new Map(o.points.map((p) => [p.id, p.name])),
    linkedHeadings: new Set(o.articles.flatMap((a) => [...a.html.matchAll(/href="\/[a-z]{2}\/rights\/([a-z0-9-]+)\/?#([a-z0-9-]+)"/g)].map((m) => `${m[1]}#${m[2]}`))),
    sources: sourceList(),
    note: noteOf(o),
  };
  const home = appUrl(app, `/${lang}/`);
  const version = t('kit.version', { version: contentVersion, date: contentDate(pack) });
  const draft = [...o.articles, ...o.checklists].some((x) => x.translation !== 'reviewed');
  const header =
    `<header id="${SECTIONS.top}"><p class="brand">Qadam</p><h1>${t('kit.title')}</h1><p class="lead">${t('kit.what')}</p>` +
    `<p><strong>${version}</strong></p><p class="note">${t('kit.outdated')}</p>` +
    `<div class="app">${qrSvg(home, t('kit.qr'))}<p><a class="button" href="${esc(home)}">${t('kit.openApp')}</a><br><span class="meta">${esc(home)}</span></p></div>` +
    `<p class="meta">${t('kit.noPersonal')} ${t('rights.notAdvice')}</p>` +
    (draft ? `<p class="meta">${t('rights.draftTranslation')}</p>` : '') +
    '</header>';
  // One way back to the contents, always at hand (fixed in a corner), rather than a link
  // under each of some fifty items. In the footer, so it sits in a landmark like the rest.
  const toContents = `<a class="top" href="#${SECTIONS.contents}">${t('kit.toContents')}</a>`;
  const footer = `<footer><p>${t('kit.outdated')} <a href="${esc(home)}">${t('kit.openApp')}</a></p><p class="meta">${version}</p>${toContents}</footer>`;
  return (
    `<!doctype html><html lang="${esc(lang)}" data-qadam-kit="${esc(contentVersion)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="${KIT_CSP}">` +
    `<meta name="referrer" content="no-referrer"><title>${t('kit.title')}</title><style>${KIT_CSS}</style></head><body>` +
    ICON_DEFS +
    header +
    contents(o, c) +
    // Sections first: they number the sources they cite, which the last section lists.
    `<main>${[helpSection(help, c), c.note ? beforeYouGoSection(c.note, c) : '', rightsSection(o.articles, c), checklistsSection(o.checklists, c), placesSection(o.points, c), c.sources.section(t('rights.sources'))].join('')}</main>` +
    footer +
    '</body></html>\n'
  );
}
