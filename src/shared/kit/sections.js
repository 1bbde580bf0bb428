// @ts-check
// The four parts of the kit: urgent numbers, rights articles, checklists and places. Each
// shows what the app's own page shows for it, as plain HTML: text from the pack is escaped,
// article HTML goes through rewriteArticleHtml, links only through safeUrl or appLink.
import { esc, safeUrl, rewriteArticleHtml } from './html.js';
import { outLink } from './sources.js';
import { anchor, appLink, SECTIONS } from './anchors.js';
import { LANG_NAMES, isLang } from '../langs.js';
import { geoHref } from '../geo-uri.js';
import { splitNotes, riskPoint } from './before-you-go.js';

/**
 * @typedef {{ title: string, url: string, date: string }} Source
 * @typedef {{ slug: string, topic: string, order: number, reviewed: string, sources: Source[], title: string,
 *   summary: string, translation: string, html: string }} KitArticle
 * @typedef {{ id: string, title: string, do: string, documents: string[], where: { categories: string[], points: string[] },
 *   cost?: string, time?: string, whereText?: string, article?: string, unverified: boolean, beforeYouGo?: boolean, sources: string[] }} KitStep
 * @typedef {{ id: string, order: number, reviewed: string, translation: string, title: string, summary: string,
 *   sources: Source[], steps: KitStep[], beforeYouGo?: import('./before-you-go.js').Note }} KitChecklist
 * @typedef {{ id: string, category: string, name: string, description: string, address?: string, city: string,
 *   lat: number, lon: number, precision: string, phones: { number: string, tel: string }[],
 *   messengers: { kind: string, url: string }[], hours?: string, languages: string[], services: string[],
 *   intake?: string, sources: Source[], verified: string }} KitPoint
 * @typedef {{ id: string, number: string, tel: string, label: string, note: string, confidence: string, source: Source }} KitNumber
 * @typedef {{ lang: string, articles: KitArticle[], checklists?: KitChecklist[], points?: KitPoint[] }} KitPack
 * @typedef {{ t: (key: string, vars?: Record<string, string | number>) => string, lang: string, origin: string,
 *   index: import('./anchors.js').KitIndex, articleTitles: Map<string, string>, pointNames: Map<string, string>,
 *   linkedHeadings: Set<string>, sources: SourceList, note: import('./before-you-go.js').Note | null }} Ctx
 * @typedef {import('./sources.js').SourceList} SourceList
 */

/** Decorative icons, drawn once in the file (<symbol>) and used by reference: no request. */
export const ICON_DEFS =
  '<svg class="defs" aria-hidden="true" focusable="false">' +
  '<symbol id="i-call" viewBox="0 0 24 24"><path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z"/></symbol>' +
  '<symbol id="i-pin" viewBox="0 0 24 24"><path d="M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11zm0-8.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z"/></symbol></svg>';
const icon = (/** @type {string} */ name) => `<svg aria-hidden="true"><use href="#i-${name}"/></svg>`;

/** "Sources: 3, 7–9", each a link into the file's list of sources (sources.js). */
const refs = (/** @type {Ctx} */ c, /** @type {Source[]} */ sources, label = 'rights.sources') =>
  `<p class="src">${c.t(label)}: ${c.sources.refs(sources)}</p>`;
const inFile = (/** @type {Ctx} */ c, /** @type {string} */ path) => esc(appLink(path, c) ?? '#');

/** @param {KitNumber[]} numbers @param {Ctx} c */
export function helpSection(numbers, c) {
  const items = numbers.map((n) => {
    const tel = safeUrl(`tel:${n.tel}`);
    const call = `${icon('call')}${esc(n.number)} ${c.t('help.call')}`;
    return (
      `<li id="${anchor.number(n.id)}">${tel ? `<a class="call" href="${esc(tel)}">${call}</a>` : call}` +
      `<p><strong>${esc(n.label)}</strong>${n.note ? ` ${esc(n.note)}` : ''}</p>` +
      (n.confidence === 'L' ? `<p class="note">${c.t('help.unverified')}</p>` : '') +
      `${refs(c, [n.source], 'help.source')}</li>`
    );
  });
  return `<section id="${SECTIONS.help}" aria-labelledby="help-h"><h2 id="help-h">${c.t('help.title')}</h2><p>${c.t('help.intro')}</p><ul class="numbers">${items.join('')}</ul></section>`;
}

/**
 * HTML the content build made (an article body, the before-you-go note), made safe, with
 * app links made in-file. @param {string} html @param {Ctx} c @param {(id: string) => string | null} headingId
 */
const bodyHtml = (html, c, headingId = () => null) =>
  rewriteArticleHtml(html, {
    shift: 2, // the body's h2 sits under the article title (h3), under "Your rights" (h2)
    headingId,
    link: (href) => {
      const inside = appLink(href, c);
      if (inside) return { href: inside };
      const safe = safeUrl(href);
      return safe ? { href: safe } : null;
    },
  });

/**
 * The before-you-go note where an article or a step carries it: its first point, the risk,
 * and a link to the whole note (beforeYouGoSection). Whole, when its first point is not
 * plain (see riskPoint). @param {import('./before-you-go.js').Note} note @param {Ctx} c
 */
function shortNote(note, c) {
  const risk = riskPoint(note);
  if (risk === null) return `<aside class="note" role="note"><p><strong>${esc(note.title)}</strong></p>${bodyHtml(note.html, c)}</aside>`;
  return `<aside class="note" role="note"><p>${bodyHtml(risk, c)}</p><p><a href="#${SECTIONS.beforeYouGo}">${esc(note.title)}</a></p></aside>`;
}

/** The whole before-you-go note, once in the file. @param {import('./before-you-go.js').Note} note @param {Ctx} c */
export function beforeYouGoSection(note, c) {
  return (
    `<section id="${SECTIONS.beforeYouGo}" aria-labelledby="${SECTIONS.beforeYouGo}-h"><h2 id="${SECTIONS.beforeYouGo}-h">${esc(note.title)}</h2>` +
    `<aside class="note" role="note">${bodyHtml(note.html, c)}</aside></section>`
  );
}

/** @param {KitArticle} a @param {Ctx} c */
function articleHtml(a, c) {
  // Only headings that some link in the file points at keep an id: the others would be
  // long (auto ids are made from the heading's words) and never used.
  const headingId = (/** @type {string} */ id) => (c.linkedHeadings.has(`${a.slug}#${id}`) ? anchor.heading(a.slug, id) : null);
  const body = splitNotes(a.html)
    .map((part) => ('note' in part ? shortNote(part.note, c) : bodyHtml(part.html, c, headingId)))
    .join('');
  // The summary retells the answer; when the body opens with the answer in bold (as the
  // content format asks), the kit shows the answer only.
  const summary = /^<p><strong>/.test(a.html) ? '' : `<p class="summary">${esc(a.summary)}</p>`;
  return (
    `<article id="${anchor.article(a.slug)}"><h3>${esc(a.title)}</h3>${summary}${body}` +
    `<p class="meta">${c.t('rights.reviewed', { date: a.reviewed })}</p>` +
    `${refs(c, a.sources)}</article>`
  );
}

/** @param {KitArticle[]} articles @param {Ctx} c */
export function rightsSection(articles, c) {
  return `<section id="${SECTIONS.rights}" aria-labelledby="rights-h"><h2 id="rights-h">${c.t('rights.title')}</h2><p>${c.t('rights.intro')}</p>${articles.map((a) => articleHtml(a, c)).join('')}</section>`;
}

/**
 * @param {KitChecklist} list @param {KitStep} s @param {Ctx} c
 * @param {string | undefined} before the article the step before links to: a run of steps
 *   on one article links it once, at the run's first step
 */
function stepHtml(list, s, c, before) {
  const { categories, points } = s.where;
  const links = [
    ...(categories.length ? [`<a href="#${SECTIONS.places}">${c.t('checklists.step.map', { places: categories.map((k) => c.t(`checklists.places.${k}`)).join(', ') })}</a>`] : []),
    ...points.map((p) => `<a href="${inFile(c, `/${c.lang}/map/${p}`)}">${c.pointNames.has(p) ? esc(c.pointNames.get(p)) : c.t('checklists.step.place')}</a>`),
    ...(s.article && s.article !== before ? [`<a href="${inFile(c, `/${c.lang}/rights/${s.article}`)}">${c.t('checklists.step.article', { title: c.articleTitles.get(s.article) ?? s.article })}</a>`] : []),
  ];
  const facts = [['time', s.time], ['cost', s.cost]].filter(([, v]) => v);
  return (
    `<li id="${anchor.step(list.id, s.id)}"><h4>${esc(s.title)}</h4><p>${esc(s.do)}</p>` +
    (s.documents.length ? `<h5>${c.t('checklists.step.bring')}</h5><ul>${s.documents.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>` : '') +
    (facts.length ? `<dl>${facts.map(([k, v]) => `<dt>${c.t(`checklists.step.${k}`)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>` : '') +
    (s.whereText ? `<p><strong>${c.t('checklists.step.where')}:</strong> ${esc(s.whereText)}</p>` : '') +
    (s.beforeYouGo && list.beforeYouGo ? shortNote(list.beforeYouGo, c) : '') +
    (s.unverified ? `<p class="note">${c.t('checklists.step.unverified')} <a href="${inFile(c, `/${c.lang}/rights/free-legal-aid`)}">${c.t('checklists.step.legalAid')}</a></p>` : '') +
    (links.length ? `<ul>${links.map((l) => `<li>${l}</li>`).join('')}</ul>` : '') +
    '</li>'
  );
}

/** @param {KitChecklist[]} lists @param {Ctx} c */
export function checklistsSection(lists, c) {
  const one = (/** @type {KitChecklist} */ l) =>
    `<article id="${anchor.checklist(l.id)}"><h3>${esc(l.title)}</h3><p class="summary">${esc(l.summary)}</p>` +
    `<ol class="steps">${l.steps.map((s, i) => stepHtml(l, s, c, l.steps[i - 1]?.article)).join('')}</ol>` +
    // One sources line for the whole checklist, not one under each step: the checklist's
    // sources are the ones its steps cite, so the per-step lines only repeated them.
    `<p class="meta">${c.t('rights.reviewed', { date: l.reviewed })}</p>${refs(c, l.sources)}</article>`;
  return `<section id="${SECTIONS.checklists}" aria-labelledby="checklists-h"><h2 id="checklists-h">${c.t('checklists.title')}</h2><p class="note">${c.t('kit.checklistsNote')}</p>${lists.map(one).join('')}</section>`;
}

/**
 * The app's geo: link (geoHref), with the letters of the place's name as they are rather
 * than percent-encoded (6 bytes a Cyrillic letter): the browser encodes them when the link is
 * followed, so the map app gets the app's very URL. Everything else stays encoded.
 * @param {number} lat @param {number} lon @param {string} name
 */
export const kitGeoHref = (lat, lon, name) =>
  geoHref(lat, lon, name).replace(/(?:%[C-F][0-9A-F](?:%[89AB][0-9A-F])+)+/g, (seq) =>
    [...decodeURIComponent(seq)].map((ch) => (/^[\p{L}\p{M}\p{N}]$/u.test(ch) ? ch : encodeURIComponent(ch))).join(''),
  );

/** @param {KitPoint} p @param {Ctx} c */
function placeHtml(p, c) {
  const phones = p.phones
    .map((ph) => ({ ph, tel: safeUrl(`tel:${ph.tel}`) }))
    .map(({ ph, tel }) => (tel ? `<a href="${esc(tel)}">${esc(ph.number)}</a>` : esc(ph.number)));
  const langs = p.languages.map((l) => (isLang(l) ? LANG_NAMES[l] : l));
  const facts = [
    ['where', esc(p.address ?? p.city) + (p.precision !== 'exact' ? ` <em>${c.t('map.addressNotVerified')}</em>` : '')],
    ['phone', phones.length ? phones.join(', ') : `<em>${c.t('map.phoneNotVerified')}</em>`],
    ...(p.messengers.length ? [['messengers', p.messengers.map((m) => outLink(m.url, m.kind === 'whatsapp' ? 'WhatsApp' : 'Telegram')).join(', ')]] : []),
    ['hours', p.hours ? `<code>${esc(p.hours)}</code>` : c.t('map.hoursNotVerified')],
    ['languages', langs.length ? esc(langs.join(', ')) : c.t('map.notVerified')],
  ];
  const geo = safeUrl(kitGeoHref(p.lat, p.lon, p.name));
  return (
    `<article id="${anchor.point(p.id)}"><h3>${esc(p.name)}</h3><p class="meta">${c.t(`map.categories.${p.category}`)} · ${esc(p.city)}</p><p>${esc(p.description)}</p>` +
    `<dl>${facts.map(([k, v]) => `<dt>${c.t(`map.${k}`)}</dt><dd>${v}</dd>`).join('')}</dl>` +
    (p.services.length ? `<h4>${c.t('map.services')}</h4><ul>${p.services.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>` : '') +
    (p.intake ? `<h4>${c.t('map.intake')}</h4><p>${esc(p.intake)}</p>` : '') +
    (geo ? `<p><a class="button go" href="${esc(geo)}">${icon('pin')} ${c.t('map.navigate')}</a></p>` : '') +
    // The sources' own dates first: a 2016 page read in 2026 is still a 2016 page.
    `<p class="meta">${c.t('map.sourceDated', { dates: [...new Set(p.sources.map((s) => s.date))].join(', ') })} ${c.t('map.verified', { date: p.verified })}</p>` +
    `${refs(c, p.sources, 'map.sources')}</article>`
  );
}

/** @param {KitPoint[]} points @param {Ctx} c */
export function placesSection(points, c) {
  // What the "open in a map app" button does is said once, not under every place.
  const hint = points.length ? `<p class="meta">${c.t('map.navigate')}: ${c.t('map.navigateHint')}</p>` : '';
  return `<section id="${SECTIONS.places}" aria-labelledby="places-h"><h2 id="places-h">${c.t('map.title')}</h2>${hint}${points.map((p) => placeHtml(p, c)).join('')}</section>`;
}
