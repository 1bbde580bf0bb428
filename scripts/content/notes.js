// The "before you go" risk note (content/notes/before-you-go.yaml): one short text per
// language that the build places wherever content sends a family to a state body.
import path from 'node:path';
import { ContentError } from './errors.js';
import { readYaml, validate } from './read.js';
import { LANGS, beforeYouGoSchema } from './schemas.js';
import { renderMarkdown } from './markdown.js';
import { findPhoneNumbers } from './checks.js';

export const NOTE_FILE = path.join('notes', 'before-you-go.yaml');

/**
 * @returns {{ file: string, stateBodies: object[], byLang: Record<string, { title: string, html: string, links: string[] }> }}
 */
export function loadBeforeYouGo(dir, allowedNumbers) {
  const file = path.join(dir, NOTE_FILE);
  const note = validate(file, beforeYouGoSchema, readYaml(file));
  const byLang = {};
  for (const lang of LANGS) {
    for (const field of ['title', 'body']) {
      const numbers = findPhoneNumbers(note[field][lang], allowedNumbers);
      if (numbers.length) throw new ContentError(file, `${field}.${lang}`, `phone number ${numbers[0]} is not on the help page; never invent numbers`);
    }
    let rendered;
    try {
      rendered = renderMarkdown(note.body[lang]);
    } catch (e) {
      throw new ContentError(file, `body.${lang}`, e.message);
    }
    if (rendered.headings.length) throw new ContentError(file, `body.${lang}`, 'no headings in the note: it sits inside other pages');
    byLang[lang] = { title: note.title[lang].trim(), html: rendered.html, links: rendered.links };
  }
  const ids = new Set();
  note.stateBodies.forEach((b, i) => {
    if (ids.has(b.id)) throw new ContentError(file, `stateBodies.${i}.id`, `"${b.id}" is used twice`);
    ids.add(b.id);
  });
  return { file, stateBodies: note.stateBodies, byLang };
}
