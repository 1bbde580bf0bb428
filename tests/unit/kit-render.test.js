// @vitest-environment node
// The one-file kit's renderer (src/shared/kit/render.js) on a small pack: hostile text in
// content stays text, unsafe links are no links, app links land on anchors inside the file,
// and anchors depend on content ids only, so they are the same in every build.
import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { renderKit } from '../../src/shared/kit/render.js';
import { kitPack, kitHelp, enStrings, ORIGIN } from '../fixtures/kit-pack.js';

const strings = enStrings();
const render = (pack = kitPack(), more = {}) => renderKit({ pack, strings, help: kitHelp(), contentVersion: 'v1', origin: ORIGIN, ...more });
const parse = (html) => new JSDOM(html).window.document;
const ids = (doc) => [...doc.querySelectorAll('[id]')].map((el) => el.id);

/** Everything that could run code or fetch something, anywhere in the file. */
function activeParts(doc) {
  const found = [];
  for (const el of doc.querySelectorAll('*')) {
    if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'LINK', 'FORM', 'BASE'].includes(el.tagName)) found.push(el.tagName);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(`${el.tagName} ${a.name}`);
      if (['href', 'src', 'action'].includes(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)) found.push(`${el.tagName} ${a.name}=${a.value}`);
    }
  }
  return found;
}

describe('escaping hostile content', () => {
  const HOSTILE = '</script><script>alert(1)</script><img src=x onerror="alert(2)">';

  test('a title, summary, step or place holding markup shows it as text, and nothing of it runs', () => {
    const html = render(
      kitPack({
        alpha: { title: `Alpha ${HOSTILE}`, summary: `Summary ${HOSTILE}` },
        checklist: { title: `List ${HOSTILE}` },
        step: { do: `Do ${HOSTILE}`, documents: [HOSTILE] },
        point: { name: `Office ${HOSTILE}`, description: HOSTILE, hours: HOSTILE },
      }),
    );
    const doc = parse(html);
    expect(activeParts(doc)).toEqual([]);
    expect(doc.querySelector('#r-alpha h3').textContent).toBe(`Alpha ${HOSTILE}`);
    expect(doc.querySelector('#c-get-papers h3').textContent).toBe(`List ${HOSTILE}`);
    expect(doc.querySelector('#p-office h3').textContent).toBe(`Office ${HOSTILE}`);
    expect(html).not.toMatch(/<script|<img/i);
  });

  test('article HTML outside what the content build writes is shown as text: no script, no handler, no image', () => {
    const html = render(
      kitPack({
        alpha: { html: `<p onclick="alert(1)" style="x">Hi</p>${HOSTILE}<a href="javascript:alert(3)">click</a><h2 id="x" onmouseover="alert(4)">Head</h2><svg onload="alert(5)"></svg>` },
      }),
    );
    const doc = parse(html);
    expect(activeParts(doc)).toEqual([]);
    const body = doc.querySelector('#r-alpha');
    expect(body.querySelector('p:not(.summary)').outerHTML).toBe('<p>Hi</p>');
    expect(body.textContent).toContain('<script>alert(1)</script>');
    expect(body.textContent).toContain('<img src=x onerror="alert(2)">');
    const click = [...body.querySelectorAll('a')].find((a) => a.textContent === 'click');
    expect(click.hasAttribute('href')).toBe(false);
  });

  test('javascript:, data: and quote-breaking URLs in sources and messengers are never links', () => {
    const html = render(
      kitPack({
        alpha: { sources: [{ title: 'Bad "source"', url: 'javascript:alert(1)', date: '2024' }, { title: 'Breaks out', url: 'https://ok.example/" onmouseover="alert(2)', date: '2024' }] },
        point: { messengers: [{ kind: 'telegram', url: 'data:text/html,<script>alert(3)</script>' }], phones: [{ number: '1414', tel: '1414"><b' }] },
      }),
    );
    const doc = parse(html);
    expect(activeParts(doc)).toEqual([]);
    const sources = doc.querySelector('#sources').textContent;
    expect(sources).toContain('Bad "source"');
    expect(sources).toContain('Breaks out');
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')).filter((h) => /javascript|data:|onmouseover|<b/.test(h))).toEqual([]);
  });

  test('quotes and brackets in UI strings are escaped inside attributes', () => {
    const html = renderKit({ pack: kitPack(), strings: { ...strings, kit: { ...strings.kit, qr: 'QR "code" <b>' } }, help: kitHelp(), contentVersion: 'v1', origin: ORIGIN });
    expect(parse(html).querySelector('header svg[role="img"]').getAttribute('aria-label')).toBe('QR "code" <b>');
    expect(html).toContain('aria-label="QR &quot;code&quot; &lt;b&gt;"');
  });

  test('a missing UI string stops the render, naming the key', () => {
    const { kit: _kit, ...noKit } = strings;
    expect(() => renderKit({ pack: kitPack(), strings: noKit, help: kitHelp(), contentVersion: 'v1', origin: ORIGIN })).toThrow(/UI string "kit\.\w+" is missing/);
  });

  test('the app origin must be http(s); a path or query on it is dropped', () => {
    expect(() => render(kitPack(), { origin: 'javascript:alert(1)' })).toThrow(/http\(s\)/);
    const doc = parse(render(kitPack(), { origin: 'https://qadam.example/some/path?x=1' }));
    expect(doc.querySelector('header a.button').getAttribute('href')).toBe('https://qadam.example/en/?src=kit');
  });
});

describe('anchors and links', () => {
  test('articles, headings, checklists, steps, places and numbers have ids made of their content ids', () => {
    const doc = parse(render());
    for (const id of ['top', 'contents', 'help', 'rights', 'checklists', 'places', 'sources', 'r-alpha', 'r-beta', 'r-beta--papers', 'c-get-papers', 'c-get-papers--ask', 'c-get-papers--keep', 'p-office', 'n-emergency']) {
      expect(doc.getElementById(id), id).not.toBeNull();
    }
    expect(doc.getElementById('r-beta--papers').tagName).toBe('H4'); // the body's h2, under the article's h3
  });

  test('anchors stay the same when wording and order change, and never repeat', () => {
    const first = ids(parse(render()));
    const changed = kitPack({ alpha: { title: 'Renamed', order: 99, topic: 'birth' }, beta: { title: 'Also renamed', summary: 'New words.' } });
    changed.articles.reverse();
    const second = ids(parse(render(changed)));
    expect(new Set(second)).toEqual(new Set(first));
    expect(first.length).toBe(new Set(first).size);
  });

  test('app links become in-file anchors; pages the kit has not link to the full app, tagged src=kit', () => {
    const doc = parse(render());
    const hrefOf = (text) => [...doc.querySelectorAll('#r-alpha a')].find((a) => a.textContent === text).getAttribute('href');
    expect(hrefOf('the papers list')).toBe('#r-beta--papers');
    expect(hrefOf('111')).toBe('#help');
    expect(hrefOf('search')).toBe(`${ORIGIN}/en/search?src=kit`);
    expect(doc.querySelector('#r-beta aside a').getAttribute('href')).toBe('#r-alpha');
    // A step's place, article and the legal-aid pointer of an unverified step.
    const step = doc.getElementById('c-get-papers--ask');
    expect([...step.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['#places', '#p-office', '#r-beta', `${ORIGIN}/en/rights/free-legal-aid?src=kit`, '#s-4']),
    );
  });

  test('every in-file link resolves to an element of the file', () => {
    const doc = parse(render());
    const hashes = [...doc.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href').slice(1));
    expect(hashes.length).toBeGreaterThan(10);
    expect(hashes.filter((h) => !doc.getElementById(h))).toEqual([]);
  });

  test('each source is listed once, and every item points at its sources by number', () => {
    const doc = parse(render());
    const listed = [...doc.querySelectorAll('#sources li')].map((li) => li.querySelector('a').getAttribute('href'));
    expect(listed.length).toBe(new Set(listed).size);
    expect(listed).toContain('https://example.org/alpha');
    const betaRefs = [...doc.querySelectorAll('#r-beta .src a')].map((a) => doc.getElementById(a.getAttribute('href').slice(1)).textContent);
    expect(betaRefs).toEqual(['Source beta (2024-03)', 'Source alpha (2024-03)']);
  });

  test('the same pack gives the same file, in whatever order its rows come', () => {
    const shuffled = kitPack();
    shuffled.articles.reverse();
    expect(render(shuffled)).toBe(render());
  });
});
