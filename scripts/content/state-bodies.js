// The "before you go" check: content that sends a family to a state body (police, migration
// service, ЦОН, civil registry, akimat, court, prosecutor, consulate…) must carry the risk note.
// What counts as naming a body is listed per language in content/notes/before-you-go.yaml
// (stateBodies); the rule is in docs/content-format.md, "The before-you-go note".
import { ContentError } from './errors.js';
import { LANGS } from './schemas.js';
import { blankUrls, compile, findAll, lineAt } from './wordmatch.js';
import { lineOfPath, yamlScalars } from './yaml-source.js';

/** Per language: [{ id, compiled, emergency: RegExp[] }]; and category → body id. */
export function compileStateBodies(stateBodies) {
  const byLang = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      stateBodies.map((b) => ({
        id: b.id,
        compiled: compile(b.patterns[lang]),
        emergency: b.emergencyNumbers.map((n) => new RegExp(`(?<!\\d)${n}(?!\\d)`)),
      })),
    ]),
  );
  const categories = new Map(stateBodies.flatMap((b) => b.categories.map((c) => [c, b.id])));
  return { byLang, categories };
}

/** The sentence around an offset: a line, or the part of it between sentence ends. */
function sentenceAt(text, index) {
  const before = text.slice(0, index);
  const start = Math.max(before.lastIndexOf('\n'), ...['. ', '! ', '? '].map((s) => before.lastIndexOf(s))) + 1;
  const rest = text.slice(index);
  const ends = [rest.indexOf('\n'), ...['. ', '! ', '? '].map((s) => rest.indexOf(s))].filter((n) => n >= 0);
  return text.slice(start, index + (ends.length ? Math.min(...ends) : rest.length));
}

/**
 * State bodies a text names, in order. A sentence that names the police together with an
 * emergency number (102, 112) is a phone call in an emergency, not a visit, and is skipped.
 */
export function namedBodies(text, lang, compiled) {
  const prose = blankUrls(text);
  const hits = [];
  for (const body of compiled.byLang[lang]) {
    for (const hit of findAll(prose, body.compiled)) {
      const sentence = sentenceAt(prose, hit.index);
      if (body.emergency.some((re) => re.test(sentence))) continue;
      hits.push({ id: body.id, found: hit.found, index: hit.index });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

const HOW_ARTICLE =
  'add a line "> [!BEFORE-YOU-GO]" on its own (a blockquote with nothing else in it) before the part that sends people there';

/**
 * @param {{ file: string, raw: string, beforeYouGo: number }[]} files one article's six language files (with lang)
 */
export function checkArticleNote(files, compiled) {
  const withNote = files.filter((f) => f.beforeYouGo > 0);
  for (const f of files) {
    if (f.beforeYouGo > 0) continue;
    const hit = namedBodies(f.raw, f.lang, compiled)[0];
    if (hit) {
      throw new ContentError(f.file, `line ${lineAt(f.raw, hit.index)}`, `names a state body, the ${hit.id} ("${hit.found}"), but has no before-you-go note: ${HOW_ARTICLE}`);
    }
    if (withNote.length) {
      throw new ContentError(f.file, '(body)', `the ${withNote[0].lang}.md file of this article has "> [!BEFORE-YOU-GO]"; add it here too, on the same line`);
    }
  }
}

const HOW_STEP = 'add "beforeYouGo: true" to the step, so the note is shown with it';

/** Every checklist step that names a state body, or sends people to one on the map, has beforeYouGo. */
export function checkStepNotes(checklists, compiled) {
  for (const c of checklists) {
    let scalars;
    c.steps.forEach((step, i) => {
      if (step.beforeYouGo) return;
      const cat = step.where.categories.find((x) => compiled.categories.has(x));
      if (cat) {
        throw new ContentError(c.file, `steps.${i}.where.categories`, `step "${step.id}" sends people to "${cat}", a state body, but has no before-you-go note: ${HOW_STEP}`);
      }
      const fields = [['title', step.title], ['do', step.do], ['whereText', step.whereText], ...step.documents.map((d, j) => [`documents.${j}`, d])];
      for (const [field, value] of fields) {
        if (!value) continue;
        for (const lang of LANGS) {
          const hit = namedBodies(value[lang], lang, compiled)[0];
          if (!hit) continue;
          scalars ??= yamlScalars(c.file);
          const line = lineOfPath(scalars, ['steps', i, ...field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), lang]);
          throw new ContentError(
            c.file,
            `steps.${i}.${field}.${lang}`,
            `${line ? `(line ${line}) ` : ''}step "${step.id}" names a state body, the ${hit.id} ("${hit.found}"), but has no before-you-go note: ${HOW_STEP}`,
          );
        }
      }
    });
  }
}
