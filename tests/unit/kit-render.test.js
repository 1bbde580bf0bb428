// @vitest-environment node
// The one-file kit's renderer (src/shared/kit/render.js) on a small pack: hostile text in
// content stays text, unsafe links are no links, app links land on anchors inside the file,
// and anchors depend on content ids only, so they are the same in every build.
import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { renderKit } from '../../src/shared/kit/render.js';
import { kitPack, kitHelp, enStrings, ORIGIN, NOTE, noteAside } from '../fixtures/kit-pack.js';
import { geoHref } from '../../src/shared/geo-uri.js';

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
    // A step's place, article and the legal-aid pointer of an unverified step; its sources
    // are on the checklist's one sources line.
    const step = doc.getElementById('c-get-papers--ask');
    expect([...step.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['#places', '#p-office', '#r-beta', `${ORIGIN}/en/rights/free-legal-aid?src=kit`]),
    );
    expect(step.textContent).toContain('Where to go: The desk on the first floor');
    const listRef = doc.querySelector('#c-get-papers > .src a').getAttribute('href');
    expect(doc.querySelector(listRef).textContent).toBe('Source steps (2024-03)');
  });

  test('a run of steps on the same article links it once, at the run\'s first step', () => {
    const pack = kitPack();
    pack.checklists[0].steps[1].article = 'beta';
    const doc = parse(render(pack));
    expect(doc.querySelectorAll('#c-get-papers--ask a[href="#r-beta"]').length).toBe(1);
    expect(doc.querySelectorAll('#c-get-papers--keep a[href="#r-beta"]').length).toBe(0);
  });

  test('one link back to the contents, whatever the number of items', () => {
    const doc = parse(render());
    expect([...doc.querySelectorAll('a[href="#contents"]')].map((a) => a.textContent)).toEqual([strings.kit.toContents]);
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

describe('said once, not over and over', () => {
  const note = (doc) => doc.getElementById('before-you-go');

  test('the before-you-go note is in full exactly once; where it stood, a short note keeps the risk and links to it', () => {
    const doc = parse(render());
    // In full: its title and all its points, once in the file, and in the contents.
    expect(note(doc).querySelector('h2').textContent).toBe(NOTE.title);
    expect([...note(doc).querySelectorAll('li')].map((li) => li.textContent)).toEqual(['If your stay is not in order, talk to free legal aid first.', 'Take a copy of each paper.', 'Call 112 in an emergency.']);
    expect(doc.body.textContent.split('Take a copy of each paper.').length - 1).toBe(1);
    expect(doc.querySelector('nav a[href="#before-you-go"]').textContent).toBe(NOTE.title);
    // Short: in the article where the content build put it, and with the step that has beforeYouGo.
    const shorts = [...doc.querySelectorAll('aside[role="note"]')].filter((a) => a.querySelector('a[href="#before-you-go"]'));
    expect(shorts.map((a) => a.closest('[id]').id)).toEqual(['r-beta', 'c-get-papers--ask']);
    for (const short of shorts) {
      expect(short.textContent).toContain('If your stay is not in order, talk to free legal aid first.');
      expect(short.querySelector('a[href="#r-alpha"]').textContent).toBe('free legal aid');
      expect(short.querySelector('a[href="#before-you-go"]').textContent).toBe(NOTE.title);
    }
    expect(doc.querySelector('#c-get-papers--keep aside')).toBeNull();
    // The article reads on after the note, as before.
    expect(doc.querySelector('#r-beta').textContent).toContain('After the note.');
  });

  test('no note in the pack: no note section and no link to one', () => {
    const pack = kitPack({ beta: { html: '<p>Short answer.</p>\n' } });
    delete pack.checklists[0].beforeYouGo;
    const doc = parse(render(pack));
    expect(note(doc)).toBeNull();
    expect(doc.querySelector('a[href="#before-you-go"]')).toBeNull();
  });

  test('a note whose first point is not plain text is shown whole where it stands', () => {
    const odd = { title: 'Odd note', html: '<p>Not a list.</p>\n' };
    const pack = kitPack({ beta: { html: `<p>Short answer.</p>\n${noteAside(odd)}` } });
    delete pack.checklists[0].beforeYouGo;
    const doc = parse(render(pack));
    expect(doc.querySelector('#r-beta aside').textContent).toBe('Odd noteNot a list.');
  });

  test('an article that opens with its answer in bold shows the answer, not the summary retelling it', () => {
    const doc = parse(render(kitPack({ alpha: { html: '<p><strong>The answer.</strong></p>\n<p>More.</p>\n' } })));
    expect(doc.querySelector('#r-alpha h3 + p').textContent).toBe('The answer.');
    expect(doc.querySelector('#r-alpha .summary')).toBeNull();
    expect(doc.querySelector('#r-beta .summary').textContent).toBe('What beta says.'); // no bold answer first: the summary stays
  });

  test('the map-app hint is said once; a geo: link keeps the name\'s letters and opens the app\'s very URL', () => {
    const name = 'Юридическая клиника «КМБПЧ» #1 & 100%';
    const doc = parse(render(kitPack({ point: { name } })));
    expect(doc.body.textContent.split(strings.map.navigateHint).length - 1).toBe(1);
    const href = doc.querySelector('#p-office a[href^="geo:"]').getAttribute('href');
    expect(href).toContain('Юридическая%20клиника');
    expect(new URL(href).href).toBe(geoHref(43.2389, 76.8897, name)); // what the browser follows
  });

  test('consecutive sources are one link to the first of them; the list shows them one under the other', () => {
    const src = (n) => ({ title: `S${n}`, url: `https://example.org/s${n}`, date: '2024' });
    // The place comes after both articles, so its sources are numbered by then.
    const doc = parse(render(kitPack({ alpha: { sources: [src(1), src(2), src(3), src(4)] }, beta: { sources: [src(5)] }, point: { sources: [src(3), src(1)] } })));
    const line = (id) => [...doc.querySelectorAll(`#${id} > .src a`)].map((a) => [a.textContent, doc.querySelector(a.getAttribute('href')).textContent]);
    const [[alphaRun, first]] = line('r-alpha');
    const [a, b] = alphaRun.split('–').map(Number);
    expect(b - a).toBe(3);
    expect(first).toBe('S1 (2024)');
    expect([...doc.querySelectorAll('#sources li')].slice(a - 1, b).map((li) => li.textContent)).toEqual(['S1 (2024)', 'S2 (2024)', 'S3 (2024)', 'S4 (2024)']);
    expect(line('p-office')).toEqual([[String(a), 'S1 (2024)'], [String(a + 2), 'S3 (2024)']]);
  });
});
