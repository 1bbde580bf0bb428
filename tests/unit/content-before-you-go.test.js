// @vitest-environment node
// The "before you go" risk note (content/notes/before-you-go.yaml) is placed by the build:
// "> [!BEFORE-YOU-GO]" in an article, "beforeYouGo: true" on a checklist step. Content that
// sends a family to a state body without it fails the build; so does a step that points to a
// map category with no place in it.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { compileContent } from '../../scripts/content/compile.js';
import { contentDir, compileError } from '../helpers/content-dirs.js';
import { loadIndex, runSearch } from '../../src/features/search/engine';
import { searchRecord } from '../../src/data/pack-import';
import { LANGS, setBody } from '../fixtures/content-folder.js';
import { all, writeChecklist, writePoint } from '../fixtures/content-items.js';

const note = YAML.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../content/notes/before-you-go.yaml'), 'utf8'));
/** alpha's body in every language, with the same extra text (line-aligned like real articles). */
const setAll = (dir, slug, body) => LANGS.forEach((l) => setBody(dir, slug, l, body(l)));

describe('in an article', () => {
  it('replaces "> [!BEFORE-YOU-GO]" with that language\'s note, as an aside whose links work', () => {
    const dir = contentDir();
    setAll(dir, 'alpha', () => `## Where to go\n\nGo to the PSC.\n\n> [!BEFORE-YOU-GO]\n\nThen wait.\n`);
    const { packs } = compileContent(dir);
    for (const lang of LANGS) {
      const html = packs[lang].articles.find((a) => a.slug === 'alpha').html;
      expect(html).toContain('<aside class="before-you-go" role="note">');
      expect(html).toContain(note.title[lang]);
      expect(html).not.toContain('[!BEFORE-YOU-GO]');
      // the fixture's note points its legal-aid link at the alpha article, in this language
      expect(html).toContain(`href="/${lang}/rights/alpha"`);
      expect(html).toContain(`href="/${lang}/help"`);
    }
  });

  it('keeps the note out of the search text (it is the same on every page)', async () => {
    const dir = contentDir();
    setAll(dir, 'alpha', () => `## Where to go\n\n> [!BEFORE-YOU-GO]\n`);
    const en = compileContent(dir).packs.en;
    // "originals" is in the English note and in no fixture article
    expect(note.body.en).toContain('originals');
    const index = loadIndex(await searchRecord(JSON.parse(JSON.stringify({ ...en, hash: 'h' }))));
    expect(runSearch(index, 'originals')).toEqual([]);
    // while the article's own words are found
    expect(runSearch(index, 'where').map((h) => h.ref)).toContain('alpha');
  });

  it('refuses the directive with other text in the same blockquote', () => {
    const dir = contentDir();
    setBody(dir, 'alpha', 'en', '## Where to go\n\n> [!BEFORE-YOU-GO]\n> And more text.\n');
    const err = compileError(dir);
    expect(err.file).toMatch(/alpha[\\/]en\.md$/);
    expect(err.field).toBe('(body)');
    expect(err.reason).toMatch(/must be alone in its blockquote/);
  });

  it('fails when a page names a state body without the note, naming the line, the body and the fix', () => {
    const dir = contentDir();
    setBody(dir, 'alpha', 'ru', '## Куда идти\n\nЗапишитесь и придите в ЦОН.\n');
    const err = compileError(dir);
    expect(err.file).toMatch(/alpha[\\/]ru\.md$/);
    expect(err.field).toBe('line 8');
    expect(err.reason).toContain('the psc ("ЦОН")');
    expect(err.reason).toContain('add a line "> [!BEFORE-YOU-GO]"');
  });

  it('finds each body in each language: the migration service in Kyrgyz, a consulate in Uzbek, a court in English', () => {
    for (const [lang, text, found] of [
      ['ky', 'Миграция кызматына кайрылыңыз.', 'the migration ("Миграция кызматына")'],
      ['uz', 'Konsullikka boring.', 'the consulate ("Konsullikka")'],
      ['en', 'A court decision may be needed.', 'the court ("court")'],
    ]) {
      const dir = contentDir();
      setBody(dir, 'alpha', lang, `## Steps\n\n${text}\n`);
      expect(compileError(dir).reason).toContain(found);
    }
  });

  it('does not count an emergency call: "call the police on 102" needs no note', () => {
    const dir = contentDir();
    setBody(dir, 'alpha', 'en', '## Steps\n\nIf your papers were stolen, call the police on 102.\n');
    expect(() => compileContent(dir)).not.toThrow();
    // ...but sending people to the police in another sentence does
    setBody(dir, 'alpha', 'en', '## Steps\n\nCall 102 if you are in danger. Later, go to the police station.\n');
    expect(compileError(dir).reason).toContain('the police ("police")');
  });

  it('does not count a link target like #psc, or a heading anchor {#psc}, as naming the PSC', () => {
    const dir = contentDir();
    setBody(dir, 'beta', 'en', '## Papers you need {#papers}\n\n## The office {#psc}\n\nA word.\n');
    setBody(dir, 'alpha', 'en', '## Steps\n\nSee [this word](/en/rights/beta#psc).\n');
    expect(() => compileContent(dir)).not.toThrow();
  });

  it('needs the note in every language file once one has it', () => {
    const dir = contentDir();
    setBody(dir, 'alpha', 'kk', '## Қадамдар\n\n> [!BEFORE-YOU-GO]\n');
    const err = compileError(dir);
    expect(err.file).toMatch(/alpha[\\/](ru|uz|ky|tg|en)\.md$/);
    expect(err.reason).toMatch(/the kk\.md file of this article has "> \[!BEFORE-YOU-GO\]"/);
  });
});

describe('in a checklist step', () => {
  it('fails on a step that names a state body without beforeYouGo, naming the field, the line and the fix', () => {
    const dir = contentDir();
    const file = writeChecklist(dir, 'test-list', { do: { ...all('Go and ask.'), tg: 'Ба хадамоти муҳоҷират ариза диҳед.' } });
    const err = compileError(dir);
    expect(err.file).toMatch(/test-list\.yaml$/);
    expect(err.field).toBe('steps.0.do.tg');
    const line = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('муҳоҷират')) + 1;
    expect(err.reason).toContain(`(line ${line})`);
    expect(err.reason).toContain('the migration ("хадамоти муҳоҷират")');
    expect(err.reason).toContain('add "beforeYouGo: true" to the step');
  });

  it('fails on a step that sends people to a state body on the map', () => {
    const dir = contentDir();
    writePoint(dir, 'test-consulate', { category: 'consulate' });
    writeChecklist(dir, 'test-list', { where: { categories: ['consulate'] } });
    const err = compileError(dir);
    expect(err.field).toBe('steps.0.where.categories');
    expect(err.reason).toContain('"consulate", a state body');
  });

  it('with beforeYouGo: true, the pack carries the note once per checklist and a flag on the step', () => {
    const dir = contentDir();
    writeChecklist(dir, 'test-list', { do: all('Go to the PSC (ЦОН).'), beforeYouGo: true });
    for (const lang of LANGS) {
      const c = compileContent(dir).packs[lang].checklists.find((x) => x.id === 'test-list');
      expect(c.steps[0].beforeYouGo).toBe(true);
      expect(c.beforeYouGo.title).toBe(note.title[lang]);
      expect(c.beforeYouGo.html).toContain(`href="/${lang}/help"`);
    }
  });

  it('leaves the note out of a checklist where no step shows it', () => {
    const dir = contentDir();
    writeChecklist(dir, 'test-list');
    const c = compileContent(dir).packs.en.checklists.find((x) => x.id === 'test-list');
    expect(c).not.toHaveProperty('beforeYouGo');
    expect(c.steps[0]).not.toHaveProperty('beforeYouGo');
  });
});

describe('no empty map category', () => {
  it('fails on a step that points to a category with no place, naming the checklist, step and category', () => {
    const dir = contentDir();
    writeChecklist(dir, 'test-list', { where: { categories: ['psc'] }, beforeYouGo: true });
    const err = compileError(dir);
    expect(err.file).toMatch(/test-list\.yaml$/);
    expect(err.field).toBe('steps.0.where.categories');
    expect(err.reason).toContain('step "first-step"');
    expect(err.reason).toContain('"psc", which has no place on the map');
    expect(err.reason).toContain('whereText');
  });

  it('accepts the same step once the category has a place, and says where in words with whereText', () => {
    const dir = contentDir();
    writePoint(dir, 'test-aid');
    writeChecklist(dir, 'test-list', { where: { categories: ['legal-aid'] }, whereText: all('The nearest ЦОН; call 1414 to find it and book.'), beforeYouGo: true });
    const step = compileContent(dir).packs.ru.checklists[0].steps[0];
    expect(step.where.categories).toEqual(['legal-aid']);
    expect(step.whereText).toBe('The nearest ЦОН; call 1414 to find it and book.');
  });
});

describe('points', () => {
  it('carry every source with its own date into the pack, and an approximate precision', () => {
    const dir = contentDir();
    writePoint(dir, 'test-aid', {
      coordinates: { lat: 41.455029, lon: 69.212533, precision: 'approximate' },
      sources: [
        { title: 'Old', url: 'https://example.org/old', date: '2016', accessed: '2026-11-28' },
        { title: 'New', url: 'https://example.org/new', date: '2025-12-12', accessed: '2026-12-01' },
      ],
    });
    const p = compileContent(dir).packs.en.points[0];
    expect(p.precision).toBe('approximate');
    expect(p.sources.map((s) => s.date)).toEqual(['2016', '2025-12-12']);
    expect(p).not.toHaveProperty('source');
  });

  it('refuses the old single "source:" with a message that says what to write instead', () => {
    const dir = contentDir();
    const file = writePoint(dir, 'test-aid');
    const data = YAML.parse(fs.readFileSync(file, 'utf8'));
    data.source = data.sources[0];
    delete data.sources;
    fs.writeFileSync(file, YAML.stringify(data));
    const err = compileError(dir);
    expect(err.field).toBe('source');
    expect(err.reason).toMatch(/points take "sources:", a list/);
  });

  it('refuses a source without its date', () => {
    const dir = contentDir();
    writePoint(dir, 'test-aid', { sources: [{ title: 'No date', url: 'https://example.org/x', accessed: '2026-11-28' }] });
    const err = compileError(dir);
    expect(err.field).toBe('sources.0.date');
  });
});

describe('the leaflet', () => {
  it('names each fact\'s source with title and date, and refuses a fact without a date', () => {
    const dir = contentDir();
    const real = YAML.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../content/leaflet.yaml'), 'utf8'));
    for (const f of real.facts) {
      expect(f.source.title.length, f.source.url).toBeGreaterThan(3);
      expect(f.source.date, f.source.url).toMatch(/^(~?\d{4}(-\d{2}(-\d{2})?)?|n\.d\.)$/);
    }
    delete real.facts[0].source.date;
    fs.writeFileSync(path.join(dir, 'leaflet.yaml'), YAML.stringify(real));
    const err = compileError(dir);
    expect(err.file).toMatch(/leaflet\.yaml$/);
    expect(err.field).toBe('facts.0.source.date');
  });
});
