// @vitest-environment node
// The kit's last pass (src/shared/kit/compact.js) leaves out optional end tags, quotes and
// newlines between blocks: on every language's real content, the page a browser builds from
// the short file is the page it builds from the long one.
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { renderKit, renderKitLong } from '../../src/shared/kit/render.js';
import { compactHtml } from '../../src/shared/kit/compact.js';
import { LANGS } from '../../src/shared/langs.js';
import { ROOT } from '../helpers/builds.js';

/** The DOM as markup, without the whitespace-only text between blocks (which nothing shows). */
function page(html) {
  const doc = new JSDOM(html).window.document;
  const walker = doc.createTreeWalker(doc, 4 /* text */);
  const blank = [];
  while (walker.nextNode()) if (!walker.currentNode.data.trim()) blank.push(walker.currentNode);
  for (const node of blank) node.remove();
  return doc.documentElement.outerHTML;
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/generated/packs.json'), 'utf8'));
const inputOf = (lang) => ({
  pack: JSON.parse(fs.readFileSync(path.join(ROOT, 'public', manifest.packs[lang].url), 'utf8')),
  strings: JSON.parse(fs.readFileSync(path.join(ROOT, 'src/generated/core', `${lang}.json`), 'utf8')).strings,
  help: JSON.parse(fs.readFileSync(path.join(ROOT, 'src/generated/core', `${lang}.json`), 'utf8')).help,
  contentVersion: manifest.contentVersion,
  origin: 'https://qadam.example',
});

describe('compactHtml', () => {
  test.each(LANGS)('the %s kit builds the same page, in fewer bytes', (lang) => {
    const long = renderKitLong(inputOf(lang));
    const short = renderKit(inputOf(lang));
    expect(Buffer.byteLength(short)).toBeLessThan(Buffer.byteLength(long) * 0.97);
    expect(page(short)).toBe(page(long));
  });

  test('keeps what a browser needs: end tags before text, quotes around spaces, "/>" and "&", whitespace inside text', () => {
    const html = '<p>a</p>b<ul><li><p>x</p></li><li>y <em>z</em>\n</li></ul><a href="https://e.org/?a=1&amp;b=2" title="two words">t</a><use href="#i"/>';
    const out = compactHtml(html);
    expect(out).toContain('<p>a</p>b');
    expect(out).toContain('href="https://e.org/?a=1&amp;b=2" title="two words"');
    expect(out).toContain('<use href="#i"/>');
    expect(out).toContain('y <em>z</em>\n');
    expect(page(out)).toBe(page(html));
  });
});
