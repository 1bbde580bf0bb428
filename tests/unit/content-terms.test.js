// @vitest-environment node
// The term list (content/terms.yaml): a rejected variant anywhere in content/ stops the build,
// naming the file, the line, the variant and the canonical term. Whole words only, any case,
// in any script, so a variant never fires inside a longer valid word.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { compileContent } from '../../scripts/content/compile.js';
import { contentDir, compileError } from '../helpers/content-dirs.js';
import { patternRegex } from '../../scripts/content/wordmatch.js';
import { articleFile, setBody } from '../fixtures/content-folder.js';
import { all, writeChecklist } from '../fixtures/content-items.js';

const matches = (pattern, text) => [...text.matchAll(patternRegex(pattern))].map((m) => m[0]);

describe('a rejected term in content', () => {
  it('names the article file, the line, the variant and the canonical term (ky birth certificate)', () => {
    const dir = contentDir();
    setBody(dir, 'alpha', 'ky', '## Документтер\n\nБаланын төрөлгөндүгү тууралуу күбөлүгүн алыңыз.\n');
    const err = compileError(dir);
    expect(err.name).toBe('ContentError');
    expect(err.file).toMatch(/alpha[\\/]ky\.md$/);
    // front matter is lines 1-5, the heading line 6, a blank line 7: the text is on line 8
    expect(err.field).toBe('line 8');
    expect(err.reason).toContain('"төрөлгөндүгү"');
    expect(err.reason).toContain('"туулгандыгы тууралуу күбөлүк"');
  });

  it('catches a variant in a checklist field in that language, with its line and field', () => {
    const dir = contentDir();
    const file = writeChecklist(dir, 'test-list', { do: { ...all('Apply for a permit.'), kk: 'УТР алу үшін өтініш беріңіз.' } });
    const err = compileError(dir);
    expect(err.file).toMatch(/test-list\.yaml$/);
    const line = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('УТР')) + 1;
    expect(err.field).toBe(`line ${line}`);
    expect(err.reason).toContain('"УТР"');
    expect(err.reason).toContain('field steps.0.do.kk');
    expect(err.reason).toContain('"уақытша тұруға рұқсат (РВП)"');
  });

  it('catches a variant in the UI strings (tg police spelling)', () => {
    const dir = contentDir();
    const file = path.join(dir, 'strings', 'tg.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^( {2}title: ).*$/m, '$1Милитсия'));
    const err = compileError(dir);
    expect(err.file).toMatch(/strings[\\/]tg\.yaml$/);
    expect(err.reason).toContain('"Милитсия"');
    expect(err.reason).toContain('"политсия"');
  });

  it('catches uz XKM in the help page, the file every language shares', () => {
    const dir = contentDir();
    const file = path.join(dir, 'help.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('TsON (ЦОН)', 'XKM (ЦОН)'));
    const err = compileError(dir);
    expect(err.file).toMatch(/help\.yaml$/);
    expect(err.reason).toContain('"XKM"');
    expect(err.reason).toContain('"TsON (ЦОН)"');
  });

  it('checks each language against its own list only: УТР in the Russian file is not a Kazakh mistake', () => {
    const dir = contentDir();
    setBody(dir, 'alpha', 'ru', '## Что делать\n\nСлово УТР здесь просто пример.\n');
    expect(() => compileContent(dir)).not.toThrow();
  });

  it('does not reject a valid word that only starts with a variant (УТР inside утро)', () => {
    const dir = contentDir();
    setBody(dir, 'alpha', 'kk', '## Не істеу керек\n\nУтро деген орыс сөзі.\n');
    expect(() => compileContent(dir)).not.toThrow();
  });

  it('ignores link targets: a URL is not prose', () => {
    const dir = contentDir();
    fs.appendFileSync(path.join(dir, 'articles', 'alpha', 'meta.yaml'), '  - title: "Odd"\n    url: https://example.org/XKM\n    date: 2024\n    accessed: 2026-11-28\n');
    setBody(dir, 'alpha', 'uz', '## Nima qilish kerak\n\n[Manba](https://example.org/XKM).\n');
    expect(() => compileContent(dir)).not.toThrow();
  });
});

describe('pattern matching', () => {
  it('matches whole words in any case, in Cyrillic and in Uzbek Latin with ʻ', () => {
    expect(matches('УТР', 'УТР, утр и утро')).toEqual(['УТР', 'утр']);
    expect(matches('oylik hisoblash koʻrsatkich*', 'Oylik hisoblash koʻrsatkichi va koʻrsatkichlari')).toEqual(['Oylik hisoblash koʻrsatkichi']);
  });

  it('matches a stem with any ending, and words across a line break', () => {
    expect(matches('төрөлгөндүг*', 'төрөлгөндүгү, төрөлгөндүгүн, төрөлгөн')).toEqual(['төрөлгөндүгү', 'төрөлгөндүгүн']);
    expect(matches('ёрии ройгони ҳуқуқӣ', 'аз ёрии\n  ройгони ҳуқуқӣ пурсед')).toHaveLength(1);
  });
});

describe('the term list itself', () => {
  it('refuses a variant that matches its own canonical term', () => {
    const dir = contentDir();
    const file = path.join(dir, 'terms.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('reject: ["УТР"]', 'reject: ["РВП"]'));
    const err = compileError(dir);
    expect(err.file).toMatch(/terms\.yaml$/);
    expect(err.field).toBe('kk.0.reject');
    expect(err.reason).toMatch(/matches the canonical term/);
  });

  it('is required', () => {
    const dir = contentDir();
    fs.rmSync(path.join(dir, 'terms.yaml'));
    expect(compileError(dir).message).toMatch(/terms\.yaml: \(file\): file is missing/);
  });

  it('skips only an exempt folder, and only with a reason', () => {
    const dir = contentDir();
    setBody(dir, 'beta', 'kk', '## Құжаттар {#papers}\n\nУТР керек.\n');
    const file = path.join(dir, 'terms.yaml');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/^exempt:\n(?: {2}.*\n| {6}.*\n)+/m, 'exempt:\n  - path: articles/beta\n    reason: being rewritten elsewhere\n'));
    expect(() => compileContent(dir)).not.toThrow();
    // the same variant in a file outside the exempt folder still fails
    fs.writeFileSync(articleFile(dir, 'alpha', 'kk'), fs.readFileSync(articleFile(dir, 'alpha', 'kk'), 'utf8') + '\nУТР.\n');
    expect(compileError(dir).file).toMatch(/alpha[\\/]kk\.md$/);
  });
});
