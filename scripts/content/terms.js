// The term list (content/terms.yaml): one list per language of canonical terms and the
// variants to reject. The build fails on a rejected variant anywhere in content/, naming the
// file, the line, the variant and the term to write instead (docs/content-format.md, "Terms").
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from './errors.js';
import { readYaml, validate } from './read.js';
import { LANGS, termsSchema } from './schemas.js';
import { blankUrls, compile, findAll, lineAt } from './wordmatch.js';
import { yamlScalars } from './yaml-source.js';

/** @returns {{ exempt: {path:string, reason:string}[], byLang: Record<string, {term:string, note?:string, compiled:any[]}[]> } | null} */
export function loadTerms(dir) {
  const file = path.join(dir, 'terms.yaml');
  if (!fs.existsSync(file)) throw new ContentError(file, '(file)', 'file is missing: the term list is required');
  const data = validate(file, termsSchema, readYaml(file));
  const byLang = {};
  for (const lang of LANGS) {
    byLang[lang] = data[lang].map((entry, i) => {
      let compiled;
      try {
        compiled = compile(entry.reject);
      } catch (e) {
        throw new ContentError(file, `${lang}.${i}.reject`, e.message);
      }
      // A variant that matches its own canonical term would reject every correct use.
      const self = findAll(entry.term, compiled)[0];
      if (self) throw new ContentError(file, `${lang}.${i}.reject`, `"${self.pattern}" matches the canonical term "${entry.term}" itself`);
      return { ...entry, compiled };
    });
  }
  return { exempt: data.exempt, byLang };
}

const isLangKey = (k) => LANGS.includes(k);

/** Text pieces of one content file, each with the language it is written in. */
function piecesOf(dir, file) {
  const rel = path.relative(dir, file).split(path.sep).join('/');
  const md = rel.match(/^articles\/[^/]+\/([a-z]{2})\.md$/);
  if (md) {
    if (!isLangKey(md[1])) return [];
    const text = fs.readFileSync(file, 'utf8');
    return [{ lang: md[1], raw: text, start: 0, text, field: null }];
  }
  const { text, entries } = yamlScalars(file);
  const strings = rel.match(/^strings\/([a-z]{2})\.yaml$/);
  return entries
    .map((e) => ({ lang: strings ? strings[1] : e.path.at(-1), raw: e.raw, start: e.start, text, field: e.path.join('.') }))
    .filter((p) => isLangKey(p.lang));
}

function contentFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(md|yaml)$/.test(entry.name) && full !== path.join(dir, 'terms.yaml')) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** Throws a ContentError at the first rejected variant in any content file. */
export function checkTerms(dir, terms) {
  for (const file of contentFiles(dir)) {
    const rel = path.relative(dir, file).split(path.sep).join('/');
    if (terms.exempt.some((x) => rel === x.path || rel.startsWith(`${x.path.replace(/\/$/, '')}/`))) continue;
    for (const piece of piecesOf(dir, file)) {
      for (const entry of terms.byLang[piece.lang]) {
        const hit = findAll(blankUrls(piece.raw), entry.compiled)[0];
        if (!hit) continue;
        const line = lineAt(piece.text, piece.start + hit.index);
        const where = piece.field ? ` (field ${piece.field})` : '';
        const note = entry.note ? ` Note: ${entry.note}` : '';
        throw new ContentError(
          file,
          `line ${line}`,
          `"${hit.found}" is a rejected ${piece.lang} variant${where}: write "${entry.term}" instead (content/terms.yaml).${note}`,
        );
      }
    }
  }
}
