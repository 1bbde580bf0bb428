// The public URL contract, line by line: what page each printed or shared URL opens.
import { describe, expect, it } from 'vitest';
import { parsePath, pathFor, PAGES } from '../../src/app/routes';
import { LANGS } from '../../src/shared/langs.js';

describe('parsePath: the URL contract', () => {
  it.each(['/', ''])('sends %j to the language redirect', (path) => {
    expect(parsePath(path)).toEqual({ kind: 'root' });
  });

  it.each(['/kk', '/kk/'])('opens the Kazakh home page for %s', (path) => {
    expect(parsePath(path)).toEqual({ kind: 'page', lang: 'kk', page: '', id: undefined });
  });

  const pages = ['help', 'rights', 'checklists', 'map', 'search', 'feedback', 'settings', 'about'];
  it.each(pages)('opens the %s page at /ru/<page> and /ru/<page>/', (page) => {
    const expected = { kind: 'page', lang: 'ru', page, id: undefined };
    expect(parsePath(`/ru/${page}`)).toEqual(expected);
    expect(parsePath(`/ru/${page}/`)).toEqual(expected);
  });

  it.each(LANGS)('opens the help page in every language (%s)', (lang) => {
    expect(parsePath(`/${lang}/help`)).toEqual({ kind: 'page', lang, page: 'help', id: undefined });
  });

  it.each([
    ['/ru/rights/some-slug', 'rights', 'some-slug'],
    ['/ru/checklists/x', 'checklists', 'x'],
    ['/ru/map/p1', 'map', 'p1'],
  ])('opens the item at %s', (path, page, id) => {
    expect(parsePath(path)).toEqual({ kind: 'page', lang: 'ru', page, id });
  });

  it('shows not-found without a language for an unknown language', () => {
    expect(parsePath('/xx/help')).toEqual({ kind: 'notFound', lang: null });
    expect(parsePath('/KK/help')).toEqual({ kind: 'notFound', lang: null });
  });

  it.each([
    ['an unknown page', '/ru/nope'],
    ['an id on a page that takes none', '/ru/help/extra'],
    ['an extra path segment', '/ru/rights/a/b'],
    ['a malformed escape', '/ru/rights/%E0%A4%A'],
    ['an uppercase slug', '/ru/rights/Some-Slug'],
    ['a slug with a dot', '/ru/rights/a.b'],
    ['an empty page segment', '/ru//rights'],
  ])('shows the Russian not-found page for %s (%s)', (_what, path) => {
    expect(parsePath(path)).toEqual({ kind: 'notFound', lang: 'ru' });
  });

  it('decodes a percent-escaped slug before checking it', () => {
    expect(parsePath('/ru/rights/some%2Dslug')).toEqual({ kind: 'page', lang: 'ru', page: 'rights', id: 'some-slug' });
    expect(parsePath('/ru/rights/%D0%B0')).toEqual({ kind: 'notFound', lang: 'ru' }); // Cyrillic "а"
  });
});

describe('pathFor', () => {
  it('builds paths that parse back to the same page', () => {
    for (const lang of LANGS) {
      for (const page of PAGES) {
        expect(parsePath(pathFor(lang, page))).toEqual({ kind: 'page', lang, page, id: undefined });
      }
      expect(parsePath(pathFor(lang, 'rights', 'birth-registration'))).toEqual({
        kind: 'page',
        lang,
        page: 'rights',
        id: 'birth-registration',
      });
    }
  });

  it('writes the home page with a trailing slash and other pages without', () => {
    expect(pathFor('kk')).toBe('/kk/');
    expect(pathFor('kk', 'help')).toBe('/kk/help');
    expect(pathFor('uz', 'map', 'p1')).toBe('/uz/map/p1');
  });
});
