// @vitest-environment node
// The build's one-file kits (scripts/kit/build.js): from the real content build's output
// (src/generated, public/packs: `npm test` runs the content build first), every article,
// checklist, urgent number and place the app shows for a language is in that language's file,
// and each file stays within 256 KiB (Bluetooth sends it as it is). Through the content build
// on a small folder: a content change changes the file, and an oversized kit fails the build.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { writeContent } from '../../scripts/content/build.js';
import { writeKits, publicOrigin } from '../../scripts/kit/build.js';
import { KIT_MAX_BYTES } from '../../src/shared/kit/render.js';
import { LANGS } from '../../src/shared/langs.js';
import { ROOT } from '../helpers/builds.js';
import { articleFile, makeContentDir, setBody } from '../fixtures/content-folder.js';

const ORIGIN = 'https://qadam.example';
const temps = [];
const temp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qadam-kit-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** The kit build (as `npm run build` runs it after vite build) over a content build's output. */
function kitsOf({ genDir, publicDir }) {
  const out = temp();
  const manifest = JSON.parse(fs.readFileSync(path.join(genDir, 'packs.json'), 'utf8'));
  const kits = writeKits({ outDir: out, origin: ORIGIN, genDir, publicDir });
  const pack = (lang) => JSON.parse(fs.readFileSync(path.join(publicDir, manifest.packs[lang].url), 'utf8'));
  const core = (lang) => JSON.parse(fs.readFileSync(path.join(genDir, 'core', `${lang}.json`), 'utf8'));
  const html = (lang) => fs.readFileSync(path.join(out, 'kit', `qadam-${lang}.html`), 'utf8');
  return { kits, pack, core, html };
}

/** Content build of a folder into a temp place, then the kit build. */
function build(contentDir) {
  const out = temp();
  writeContent({ contentDir, outRoot: out });
  return kitsOf({ genDir: path.join(out, 'src/generated'), publicDir: path.join(out, 'public') });
}

describe('the kits of the real content', () => {
  let real;
  beforeAll(() => {
    real = kitsOf({ genDir: path.join(ROOT, 'src/generated'), publicDir: path.join(ROOT, 'public') });
  });

  test.each(LANGS)('qadam-%s.html holds every article, checklist, urgent number and place of its language', (lang) => {
    const doc = new JSDOM(real.html(lang)).window.document;
    const pack = real.pack(lang);
    const texts = (sel) => [...doc.querySelectorAll(sel)].map((el) => el.textContent);
    expect(doc.documentElement.lang).toBe(lang);
    expect(pack.articles.length).toBeGreaterThan(0);
    expect(texts('#rights > article > h3').sort()).toEqual(pack.articles.map((a) => a.title).sort());
    expect(pack.articles.find((a) => a.slug === 'glossary'), 'the glossary').toBeDefined();
    expect(doc.querySelector('#r-glossary h3').textContent).toBe(pack.articles.find((a) => a.slug === 'glossary').title);
    expect(texts('#checklists > article > h3').sort()).toEqual(pack.checklists.map((c) => c.title).sort());
    for (const list of pack.checklists) {
      expect(texts(`#c-${list.id} .steps > li > h4`), list.id).toEqual(list.steps.map((s) => s.title));
    }
    expect(texts('#places > article > h3').sort()).toEqual(pack.points.map((p) => p.name).sort());
    const numbers = real.core(lang).help;
    expect([...doc.querySelectorAll('#help a[href^="tel:"]')].map((a) => a.getAttribute('href'))).toEqual(numbers.map((n) => `tel:${n.tel}`));
    for (const n of numbers) expect(doc.getElementById(`n-${n.id}`).textContent).toContain(n.label);
  });

  test.each(LANGS)('qadam-%s.html is at most 256 KiB', (lang) => {
    const kit = real.kits.find((k) => k.lang === lang);
    expect(kit.bytes).toBe(Buffer.byteLength(real.html(lang)));
    expect(kit.bytes).toBeLessThanOrEqual(KIT_MAX_BYTES);
  });
});

describe('content changes and limits', () => {
  test('a content change changes the kit, in the language that changed', () => {
    const dir = makeContentDir();
    temps.push(dir);
    const before = build(dir);
    setBody(dir, 'alpha', 'kk', '\nЖаңа мәтін: құжаттарды сақтаңыз.\n');
    const after = build(dir);
    expect(after.html('kk')).not.toBe(before.html('kk'));
    expect(after.html('kk')).toContain('Жаңа мәтін: құжаттарды сақтаңыз.');
    expect(before.html('kk')).not.toContain('Жаңа мәтін');
    // The content version (and so every kit's header) follows the content too.
    const version = (html) => new JSDOM(html).window.document.documentElement.dataset.qadamKit;
    expect(version(after.html('ru'))).not.toBe(version(before.html('ru')));
  });

  test('a kit over 256 KiB fails the build, naming the file and its size', () => {
    const dir = makeContentDir();
    temps.push(dir);
    const paragraph = 'Очень длинная статья о правах семьи и детей. '.repeat(20);
    fs.writeFileSync(articleFile(dir, 'beta', 'ru'), fs.readFileSync(articleFile(dir, 'beta', 'ru'), 'utf8') + `\n${`${paragraph}\n\n`.repeat(200)}`);
    expect(() => build(dir)).toThrow(/kit[\\/]qadam-ru\.html: \d+\.\d KiB is over the kit's limit of 256 KiB/);
  });
});

describe('QADAM_PUBLIC_URL', () => {
  test('unset: the kits link to localhost:8080, with a warning to set it', () => {
    expect(publicOrigin(undefined)).toEqual({ origin: 'http://localhost:8080', warning: expect.stringMatching(/QADAM_PUBLIC_URL is not set/) });
  });

  test('an origin is taken as it is; anything else is refused with the reason', () => {
    expect(publicOrigin('https://qadam.example.org/')).toEqual({ origin: 'https://qadam.example.org' });
    expect(() => publicOrigin('qadam.example.org')).toThrow(/is not a URL/);
    expect(() => publicOrigin('ftp://qadam.example.org')).toThrow(/must start with https:\/\//);
    expect(() => publicOrigin('https://qadam.example.org/app')).toThrow(/must be an origin only/);
  });
});
