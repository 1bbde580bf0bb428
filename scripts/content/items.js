// Checklists (content/checklists/*.yaml) and points (content/points/*.yaml): validated,
// cross-checked, and split per language for the packs.
import fs from 'node:fs';
import path from 'node:path';
import OpeningHours from 'opening_hours';
import { ContentError } from './errors.js';
import { readYaml, validate } from './read.js';
import { LANGS, checklistSchema, pointSchema } from './schemas.js';
import { findPhoneNumbers } from './checks.js';

function yamlFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f));
}

// Fields that hold URLs, dates or sourced phone numbers, not prose.
const NOT_PROSE = new Set(['sources', 'source', 'phones', 'messengers', 'coordinates', 'reviewed', 'verified', 'order', 'file']);

/** Every prose string in a localised value tree, with its field path, for phone-number checks. */
function* texts(value, at = '') {
  if (typeof value === 'string') yield [at, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* texts(v, `${at}.${i}`);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!NOT_PROSE.has(k)) yield* texts(v, at ? `${at}.${k}` : k);
  }
}

function checkNumbers(file, value, allowed) {
  for (const [field, text] of texts(value)) {
    const found = findPhoneNumbers(text, allowed);
    if (found.length) throw new ContentError(file, field, `phone number ${found[0]} is not on the help page; never invent numbers`);
  }
}

const sameId = (file, id) => {
  const expected = path.basename(file, '.yaml');
  if (id !== expected) throw new ContentError(file, 'id', `must equal the file name "${expected}"`);
};

export function loadChecklists(dir, allowed) {
  return yamlFiles(path.join(dir, 'checklists')).map((file) => {
    const c = validate(file, checklistSchema, readYaml(file));
    sameId(file, c.id);
    const urls = new Set(c.sources.map((s) => s.url));
    const seen = new Set();
    c.steps.forEach((step, i) => {
      if (seen.has(step.id)) throw new ContentError(file, `steps.${i}.id`, `"${step.id}" is used twice in this checklist`);
      seen.add(step.id);
      const stray = step.sources.find((u) => !urls.has(u));
      if (stray) throw new ContentError(file, `steps.${i}.sources`, `${stray} is not one of this checklist's sources`);
    });
    checkNumbers(file, c, allowed);
    return { file, ...c };
  });
}

export function loadPoints(dir, allowed) {
  return yamlFiles(path.join(dir, 'points')).map((file) => {
    const raw = readYaml(file);
    if (raw && typeof raw === 'object' && 'source' in raw) {
      throw new ContentError(file, 'source', 'points take "sources:", a list (each source with its own date); move this source into that list');
    }
    const p = validate(file, pointSchema, raw);
    sameId(file, p.id);
    if (p.hours) {
      try {
        new OpeningHours(p.hours, null, { mode: 0 });
      } catch (e) {
        throw new ContentError(file, 'hours', `not valid opening_hours syntax: ${String(e).split('\n')[0]}`);
      }
    }
    checkNumbers(file, p, allowed);
    return { file, ...p };
  });
}

/**
 * Article slugs and point ids that checklist steps refer to must exist, and a step never
 * sends people to a map category with no place in it: it says where to go in words instead.
 * @param {Set<string>} pointCategories categories that have at least one point
 */
export function crossCheckChecklists(checklists, articleSlugs, pointIds, pointCategories) {
  for (const c of checklists) {
    c.steps.forEach((step, i) => {
      if (step.article && !articleSlugs.has(step.article)) {
        throw new ContentError(c.file, `steps.${i}.article`, `no article "${step.article}" in content/articles`);
      }
      const missing = step.where.points.find((id) => !pointIds.has(id));
      if (missing) throw new ContentError(c.file, `steps.${i}.where.points`, `no point "${missing}" in content/points`);
      const empty = step.where.categories.find((cat) => !pointCategories.has(cat));
      if (empty) {
        throw new ContentError(
          c.file,
          `steps.${i}.where.categories`,
          `step "${step.id}" points to the map category "${empty}", which has no place on the map yet: remove it and say where to go in words in whereText (for example "the nearest ЦОН; call 1414 to find it and book")`,
        );
      }
    });
  }
}

const pick = (value, lang) => (value === undefined ? undefined : value[lang]);

/** @param {{ title: string, html: string }} [note] the before-you-go note in this language */
export function checklistForLang(c, lang, note) {
  // The note travels once per checklist, and only where a step shows it.
  const withNote = note && c.steps.some((s) => s.beforeYouGo);
  return {
    id: c.id,
    order: c.order,
    status: c.status,
    reviewed: c.reviewed,
    translation: c.translation[lang],
    title: c.title[lang],
    summary: c.summary[lang],
    ...(c.applies ? { applies: c.applies } : {}),
    sources: c.sources,
    ...(withNote ? { beforeYouGo: { title: note.title, html: note.html } } : {}),
    steps: c.steps.map((s) => ({
      id: s.id,
      title: s.title[lang],
      do: s.do[lang],
      documents: s.documents.map((d) => d[lang]),
      where: s.where,
      ...(s.whereText ? { whereText: pick(s.whereText, lang) } : {}),
      ...(s.cost ? { cost: pick(s.cost, lang) } : {}),
      ...(s.time ? { time: pick(s.time, lang) } : {}),
      ...(s.article ? { article: s.article } : {}),
      unverified: s.unverified,
      ...(s.beforeYouGo ? { beforeYouGo: true } : {}),
      sources: s.sources,
      ...(s.when ? { when: s.when } : {}),
    })),
  };
}

export function pointForLang(p, lang) {
  return {
    id: p.id,
    category: p.category,
    name: p.name[lang],
    description: p.description[lang],
    ...(p.address ? { address: p.address[lang] } : {}),
    city: p.city[lang],
    lat: p.coordinates.lat,
    lon: p.coordinates.lon,
    precision: p.coordinates.precision,
    phones: p.phones,
    messengers: p.messengers,
    ...(p.hours ? { hours: p.hours } : {}),
    languages: p.languages,
    services: p.services.map((s) => s[lang]),
    ...(p.intake ? { intake: p.intake[lang] } : {}),
    sources: p.sources,
    verified: p.verified,
  };
}

/**
 * A language's places, each with its alphabetical rank (`nameRank`) in that language's order.
 * The map list sorts by it, not by localeCompare on the phone: browsers carry different ICU data
 * (Debian's Chromium has no Uzbek, Kazakh, Kyrgyz or Tajik collation and sorts as its own locale),
 * and Uzbek puts oʻ, gʻ, sh and ch after z. Sorted here, with Node's full ICU, the list reads the
 * same prerendered and on every phone. A language ICU has no tailoring for (tg) gets CLDR's root
 * order, through "en", which has none either (not the build machine's own locale).
 */
export function rankPointNames(points, lang) {
  const collator = new Intl.Collator(Intl.Collator.supportedLocalesOf([lang]).length ? lang : 'en');
  const byName = [...points].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const rank = new Map(byName.map((p, i) => [p.id, i]));
  return points.map((p) => ({ ...p, nameRank: rank.get(p.id) }));
}

export { LANGS };
