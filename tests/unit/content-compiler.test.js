// @vitest-environment node
// The content compiler on real folders: a valid folder compiles into six language packs,
// and every kind of editor mistake stops the build with "file: field: reason".
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { compileContent } from '../../scripts/content/compile.js';
import { contentDir, compileError } from '../helpers/content-dirs.js';
import { LANGS, articleFile, setBody } from '../fixtures/content-folder.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');


const edit = (file, fn) => fs.writeFileSync(file, fn(fs.readFileSync(file, 'utf8')));
const editYaml = (file, fn) => {
  const data = YAML.parse(fs.readFileSync(file, 'utf8'));
  fn(data);
  fs.writeFileSync(file, YAML.stringify(data));
};
const metaFile = (dir, slug) => path.join(dir, 'articles', slug, 'meta.yaml');
const stringsFile = (dir, lang) => path.join(dir, 'strings', `${lang}.yaml`);

/** The file as the error shows it: its last two path segments, with either separator. */
const fileRe = (file) => new RegExp(`${path.basename(path.dirname(file))}[\\\\/]${path.basename(file).replace('.', '\\.')}`);

/** Runs the compiler, expecting a ContentError; returns it. */

/** The message names the file, then the field, then the reason. */
function expectNamed(err, file, field, reason) {
  expect(err.name).toBe('ContentError');
  expect(err.message).toMatch(fileRe(file));
  expect(err.message).toContain(`: ${field}: `);
  expect(err.message).toMatch(reason);
  expect(err.field).toBe(field);
}

describe('a valid content folder', () => {
  it('compiles both articles, with html, into the pack of every language', () => {
    const { packs } = compileContent(contentDir());
    expect(Object.keys(packs).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) {
      expect(packs[lang].lang).toBe(lang);
      const slugs = packs[lang].articles.map((a) => a.slug).sort();
      expect(slugs).toEqual(['alpha', 'beta']);
      for (const a of packs[lang].articles) {
        expect(a.html.length).toBeGreaterThan(20);
        expect(a.sources[0].url).toMatch(/^https:\/\/example\.org\//);
      }
      const alpha = packs[lang].articles.find((a) => a.slug === 'alpha');
      expect(alpha.html).toContain(`href="/${lang}/rights/beta#papers"`);
    }
  });

  it('renders an unverified block as a styled note, not a quote', () => {
    const beta = compileContent(contentDir()).packs.en.articles.find((a) => a.slug === 'beta');
    expect(beta.html).toContain('<aside class="unverified"');
    expect(beta.html).not.toContain('[!UNVERIFIED]');
    expect(beta.html).not.toContain('<blockquote>');
    expect(beta.html).not.toContain('[!UNVERIFIED]');
  });

  it('gives a heading its {#anchor} as id and drops the marker from the heading text', () => {
    const beta = compileContent(contentDir()).packs.ru.articles.find((a) => a.slug === 'beta');
    expect(beta.html).toMatch(/<h2 id="papers">Papers you need<\/h2>/);
    expect(beta.html).not.toContain('{#papers}');
  });

  it('accepts the help-page numbers 111 and 8-800-080-7777 in an article body', () => {
    // alpha's body mentions both; a clean compile proves they are allowed.
    const alpha = compileContent(contentDir()).packs.kk.articles.find((a) => a.slug === 'alpha');
    expect(alpha.html).toContain('8-800-080-7777');
  });

  // KNOWN BUG (scripts/content/checks.js findPhoneNumbers): the phone pattern runs across
  // ".\n3", so an allowed number that ends a numbered step is glued to the next step's
  // number and refused. Remove `.fails` once the pattern stops at line/sentence ends.
  it('accepts 8-800-080-7777 at the end of a numbered step', () => {
    const dir = contentDir();
    setBody(dir, 'beta', 'en', '## Papers you need {#papers}\n1. Call 8-800-080-7777.\n2. Bring a passport.\n');
    expect(() => compileContent(dir)).not.toThrow();
  });

  it('opens external links outside the app without a referrer', () => {
    const alpha = compileContent(contentDir()).packs.en.articles.find((a) => a.slug === 'alpha');
    expect(alpha.html).toMatch(/<a href="https:\/\/example\.org\/alpha-source" rel="noopener noreferrer external" target="_blank">/);
  });
});

describe('UI strings mistakes', () => {
  it('names the file and key when a language lacks a key that en.yaml has', () => {
    const dir = contentDir();
    editYaml(stringsFile(dir, 'kk'), (s) => delete s.home.title);
    expectNamed(compileError(dir), stringsFile(dir, 'kk'), 'home.title', /is missing \(en\.yaml has it\)/);
  });

  it('names the file and key when a language has a key that en.yaml lacks', () => {
    const dir = contentDir();
    editYaml(stringsFile(dir, 'tg'), (s) => (s.home.titel = 'Typo'));
    expectNamed(compileError(dir), stringsFile(dir, 'tg'), 'home.titel', /is not in en\.yaml/);
  });

  it('names the file when it is not valid YAML', () => {
    const dir = contentDir();
    fs.writeFileSync(stringsFile(dir, 'uz'), 'app:\n  name: [unclosed\n  tagline: x\n');
    expectNamed(compileError(dir), stringsFile(dir, 'uz'), '(file)', /not valid YAML/);
  });
});

describe('article meta.yaml mistakes', () => {
  it('rejects a source date that is not a date ("yesterday")', () => {
    const dir = contentDir();
    edit(metaFile(dir, 'alpha'), (t) => t.replace('date: 2024-03', 'date: yesterday'));
    expectNamed(compileError(dir), metaFile(dir, 'alpha'), 'sources.0.date', /must be YYYY-MM-DD/);
  });

  it('rejects a source without a url', () => {
    const dir = contentDir();
    edit(metaFile(dir, 'beta'), (t) => t.replace(/^ {4}url: .*\n/m, ''));
    expectNamed(compileError(dir), metaFile(dir, 'beta'), 'sources.0.url', /must be a full http\(s\) URL/);
  });

  it('rejects an id that differs from the folder name', () => {
    const dir = contentDir();
    edit(metaFile(dir, 'alpha'), (t) => t.replace('id: alpha', 'id: alfa'));
    expectNamed(compileError(dir), metaFile(dir, 'alpha'), 'id', /must equal the folder name "alpha"/);
  });

  it('rejects an unknown topic', () => {
    const dir = contentDir();
    edit(metaFile(dir, 'beta'), (t) => t.replace('topic: help', 'topic: weather'));
    expectNamed(compileError(dir), metaFile(dir, 'beta'), 'topic', /expected one of .*"help"/);
  });
});

describe('article language file mistakes', () => {
  it('names the missing language file', () => {
    const dir = contentDir();
    fs.rmSync(articleFile(dir, 'beta', 'tg'));
    expectNamed(compileError(dir), articleFile(dir, 'beta', 'tg'), '(file)', /file is missing/);
  });

  it('names the title when front matter has none', () => {
    const dir = contentDir();
    fs.writeFileSync(
      articleFile(dir, 'alpha', 'ky'),
      '---\nsummary: "A short summary of this test article."\ntranslation: draft\n---\nShort answer.\n',
    );
    expectNamed(compileError(dir), articleFile(dir, 'alpha', 'ky'), 'title', /expected string, received undefined/);
  });

  it('refuses raw HTML in the body', () => {
    const dir = contentDir();
    setBody(dir, 'alpha', 'en', 'Read this.\n\n<script>alert(1)</script>\n');
    expectNamed(compileError(dir), articleFile(dir, 'alpha', 'en'), '(body)', /raw HTML is not allowed/);
  });

  it('refuses inline raw HTML inside a paragraph', () => {
    const dir = contentDir();
    setBody(dir, 'alpha', 'ru', 'Click <a href="javascript:alert(1)">here</a> now.\n');
    expectNamed(compileError(dir), articleFile(dir, 'alpha', 'ru'), '(body)', /raw HTML is not allowed/);
  });

  it('refuses an invented phone number that is not on the help page', () => {
    const dir = contentDir();
    setBody(dir, 'alpha', 'kk', 'Call 111, or 8-800-080-7777, or +7 701 123 4567.\n');
    expectNamed(compileError(dir), articleFile(dir, 'alpha', 'kk'), '(body)', /phone number \+7 701 123 4567 is not on the help page/);
  });

  it('refuses a link to an article that does not exist', () => {
    const dir = contentDir();
    setBody(dir, 'alpha', 'uz', 'See [this](/uz/rights/no-such-article).\n');
    expectNamed(compileError(dir), articleFile(dir, 'alpha', 'uz'), '(body)', /\/uz\/rights\/no-such-article goes to an article that does not exist/);
  });

  it('refuses a link to a heading anchor that does not exist', () => {
    const dir = contentDir();
    setBody(dir, 'alpha', 'en', 'See [this](/en/rights/beta#no-such-heading).\n');
    expectNamed(compileError(dir), articleFile(dir, 'alpha', 'en'), '(body)', /#no-such-heading that does not exist/);
  });

  it("refuses an internal link with another language's prefix", () => {
    const dir = contentDir();
    setBody(dir, 'alpha', 'ru', 'See [this](/kk/rights/beta).\n');
    expectNamed(compileError(dir), articleFile(dir, 'alpha', 'ru'), '(body)', /\/kk\/rights\/beta should use this file's language \/ru\//);
  });

  it("refuses an external link that is not one of the article's sources", () => {
    const dir = contentDir();
    setBody(dir, 'alpha', 'ky', 'See [this](https://example.com/somewhere-else).\n');
    expectNamed(compileError(dir), articleFile(dir, 'alpha', 'ky'), '(body)', /https:\/\/example\.com\/somewhere-else is not one of the article's sources/);
  });
});

describe('edge cases found in review', () => {
  it('refuses an invented phone number in the front-matter summary', () => {
    const dir = contentDir();
    edit(articleFile(dir, 'alpha', 'en'), (t) =>
      t.replace('summary: "A short summary of this test article."', 'summary: "Call +7 701 123 4567 for help today."'),
    );
    expect(() => compileContent(dir)).toThrow(/phone number \+7 701 123 4567/);
  });

  it('accepts a law citation dated DD.MM.YYYY', () => {
    const dir = contentDir();
    setBody(dir, 'beta', 'ru', '## Papers you need {#papers}\nLaw of 22.07.2011 No. 477.\n');
    expect(() => compileContent(dir)).not.toThrow();
  });

  it('keeps a quote in a source URL inside the href attribute', () => {
    const dir = contentDir();
    const odd = 'https://example.org/a"onmouseover="alert(1)';
    fs.appendFileSync(metaFile(dir, 'beta'), `  - title: "Odd URL"\n    url: '${odd}'\n    date: 2024\n    accessed: 2026-11-28\n`);
    setBody(dir, 'beta', 'en', `## Papers you need {#papers}\nSee [x](${odd}).\n`);
    const beta = compileContent(dir).packs.en.articles.find((a) => a.slug === 'beta');
    // A browser reads `"onmouseover=` right after the closing quote as a new attribute.
    expect(beta.html).not.toContain('"onmouseover=');
  });
});

describe('the build script', () => {
  it('exits 1 and prints file, field and reason when content is broken', () => {
    const dir = contentDir();
    edit(metaFile(dir, 'beta'), (t) => t.replace('topic: help', 'topic: weather'));
    const res = spawnSync(process.execPath, [path.join(repo, 'scripts/content/build.js')], {
      cwd: repo,
      env: { ...process.env, QADAM_CONTENT_DIR: dir },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/Content error/);
    expect(res.stderr).toMatch(fileRe(metaFile(dir, 'beta')));
    expect(res.stderr).toContain(': topic: ');
  });
});
