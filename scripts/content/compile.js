// The content compiler: reads content/, validates it, and returns per-language packs.
// Pure (no writes) so tests can run it on fixture folders; build.js writes the output.
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from './errors.js';
import { readYaml, readFrontMatter, validate } from './read.js';
import { LANGS, articleMetaSchema, articleFrontSchema, helpSchema, stringsSchema } from './schemas.js';
import { renderMarkdown } from './markdown.js';
import { allowedNumbers, checkLink, findPhoneNumbers } from './checks.js';
import { buildSearchIndex } from '../../src/shared/search-docs.js';
import { loadLeaflet } from '../leaflets/content.js';
import { loadChecklists, loadPoints, crossCheckChecklists, checklistForLang, pointForLang, rankPointNames } from './items.js';
import { loadBeforeYouGo } from './notes.js';
import { compileStateBodies, checkArticleNote, checkStepNotes } from './state-bodies.js';
import { loadTerms, checkTerms } from './terms.js';

function flattenKeys(obj, prefix = '') {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : flattenKeys(v, `${prefix}${k}.`),
  );
}

function compileStrings(dir) {
  const strings = {};
  for (const lang of LANGS) {
    const file = path.join(dir, 'strings', `${lang}.yaml`);
    strings[lang] = validate(file, stringsSchema, readYaml(file));
  }
  // English is the reference: every language must have every key, and no stray ones.
  const reference = new Set(flattenKeys(strings.en));
  for (const lang of LANGS) {
    const file = path.join(dir, 'strings', `${lang}.yaml`);
    const keys = new Set(flattenKeys(strings[lang]));
    for (const key of reference) if (!keys.has(key)) throw new ContentError(file, key, 'is missing (en.yaml has it)');
    for (const key of keys) if (!reference.has(key)) throw new ContentError(file, key, 'is not in en.yaml (typo?)');
  }
  return strings;
}

function compileArticles(dir, allowed, note) {
  const root = path.join(dir, 'articles');
  if (!fs.existsSync(root)) return [];
  const slugs = fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const articles = slugs.map((slug) => {
    const metaFile = path.join(root, slug, 'meta.yaml');
    const meta = validate(metaFile, articleMetaSchema, readYaml(metaFile));
    if (meta.id !== slug) throw new ContentError(metaFile, 'id', `must equal the folder name "${slug}"`);
    const langs = {};
    for (const lang of LANGS) {
      const file = path.join(root, slug, `${lang}.md`);
      const { data, body, raw } = readFrontMatter(file);
      const front = validate(file, articleFrontSchema, data);
      let rendered;
      try {
        rendered = renderMarkdown(body, { beforeYouGo: note.byLang[lang] });
      } catch (e) {
        throw new ContentError(file, '(body)', e.message);
      }
      for (const [field, text] of [['title', front.title], ['summary', front.summary], ['(body)', body]]) {
        const numbers = findPhoneNumbers(text, allowed);
        if (numbers.length) {
          throw new ContentError(file, field, `phone number ${numbers[0]} is not on the help page; never invent numbers`);
        }
      }
      langs[lang] = { file, lang, raw, ...front, ...rendered };
    }
    return { meta, langs };
  });
  return articles;
}

const anchorsFor = (articles, lang) =>
  new Map(articles.map((other) => [other.meta.id, new Set(other.langs[lang].headings.map((h) => h.id))]));

function checkArticleLinks(articles, known, note) {
  for (const { meta, langs } of articles) {
    const externals = new Set(meta.sources.map((s) => s.url));
    for (const lang of LANGS) {
      const a = langs[lang];
      for (const href of a.links) {
        const reason = checkLink(href, lang, { ...known, articles: anchorsFor(articles, lang), externals });
        if (reason) throw new ContentError(a.file, '(body)', reason);
      }
    }
  }
  // The note is placed inside articles and steps, so its links must resolve too.
  for (const lang of LANGS) {
    for (const href of note.byLang[lang].links) {
      const reason = checkLink(href, lang, { ...known, articles: anchorsFor(articles, lang), externals: new Set() });
      if (reason) throw new ContentError(note.file, `body.${lang}`, reason);
    }
  }
}

/**
 * @param {string} dir the content folder
 * @returns {{ strings: Record<string, object>, help: object, packs: Record<string, object> }}
 */
export function compileContent(dir) {
  const strings = compileStrings(dir);
  const helpFile = path.join(dir, 'help.yaml');
  const help = validate(helpFile, helpSchema, readYaml(helpFile));
  const allowed = allowedNumbers(help);
  const note = loadBeforeYouGo(dir, allowed);
  const articles = compileArticles(dir, allowed, note);
  const points = loadPoints(dir, allowed);
  const checklists = loadChecklists(dir, allowed);
  const pointIds = new Set(points.map((p) => p.id));
  const pointCategories = new Set(points.map((p) => p.category));
  crossCheckChecklists(checklists, new Set(articles.map((a) => a.meta.id)), pointIds, pointCategories);
  checkArticleLinks(articles, { checklists: new Set(checklists.map((c) => c.id)), points: pointIds }, note);
  // Printed leaflets are content too: a bad one fails the build like any other file.
  if (fs.existsSync(path.join(dir, 'leaflet.yaml'))) {
    loadLeaflet(dir, new Set(articles.flatMap((a) => a.meta.sources.map((s) => s.url))));
  }
  // Content that sends families to a state body carries the before-you-go note.
  const bodies = compileStateBodies(note.stateBodies);
  for (const { langs } of articles) checkArticleNote(LANGS.map((l) => langs[l]), bodies);
  checkStepNotes(checklists, bodies);
  // Last, once every file is known to be well-formed: no rejected term anywhere.
  checkTerms(dir, loadTerms(dir));

  const packs = {};
  for (const lang of LANGS) {
    packs[lang] = {
      lang,
      articles: articles
        .map(({ meta, langs }) => {
          const a = langs[lang];
          return {
            slug: meta.id,
            topic: meta.topic,
            order: meta.order,
            status: meta.status,
            reviewed: meta.reviewed,
            sources: meta.sources,
            title: a.title,
            summary: a.summary,
            translation: a.translation,
            html: a.html,
          };
        })
        .sort((x, y) => x.topic.localeCompare(y.topic) || x.order - y.order || x.slug.localeCompare(y.slug)),
      checklists: checklists.map((c) => checklistForLang(c, lang, note.byLang[lang])).sort((x, y) => x.order - y.order),
      points: rankPointNames(points.map((p) => pointForLang(p, lang)), lang),
    };
  }
  // Search: each phone builds its own language's index when it imports the pack
  // (src/data/pack-import.ts), from the pack's own text, so the pack does not carry it. The
  // Russian one is shipped in every other pack, because many families read some Russian and
  // more is written in it; made by the same shared module from the Russian pack as it ships.
  const ruFallback = buildSearchIndex('ru', packs.ru, { fallback: true });
  for (const lang of LANGS) if (lang !== 'ru') packs[lang].search = { ru: ruFallback };
  // The help page is in the always-cached core, so every language's numbers work offline.
  const helpByLang = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      help.numbers.map((n) => ({
        id: n.id,
        number: n.number,
        tel: n.tel,
        label: n.label[lang],
        note: n.note?.[lang] ?? '',
        source: n.source,
        confidence: n.confidence,
        unverified: n.unverified === true,
      })),
    ]),
  );
  return { strings, help: helpByLang, packs };
}
