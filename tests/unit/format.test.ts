// Dates and numbers in each of the six languages, as CLDR writes them (src/ui/format.ts): the
// same on every phone, whatever its own ICU has (Debian's Chromium: kk and uz only as stubs,
// no ky or tg at all). Expected strings are written out, so a change in the data shows here.
import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDateTime, formatNumber } from '../../src/ui/format';
import { sourceDate } from '../../src/ui/SourceLine';
import { readStrings } from '../fixtures/content-yaml';

const LANGS = ['ru', 'kk', 'uz', 'ky', 'tg', 'en'] as const;
const NBSP = '\u00a0';
const NNBSP = '\u202f'; // CLDR keeps "2026 г." and "8:28 PM" together with a narrow no-break space
const tFor = (lang: string) => {
  const s = readStrings(lang) as any;
  return (key: string, o: Record<string, string | number> = {}) =>
    String(key.split('.').reduce((v, k) => v?.[k], s)).replace(/\{\{(\w+)\}\}/g, (_, k) => String(o[k]));
};

describe('a content date (facts last checked, a source seen)', () => {
  it.each([
    ['ru', `28 ноября 2026${NNBSP}г.`],
    ['kk', `2026${NNBSP}ж. 28 қараша`],
    ['uz', '28-noyabr, 2026'],
    ['ky', '2026-ж., 28-ноябрь'],
    ['tg', '28 Ноябр 2026'],
    ['en', 'November 28, 2026'],
  ])('%s: 2026-11-28 → %s', (lang, expected) => {
    expect(formatDate('2026-11-28', lang)).toBe(expected);
  });

  it('a month or a year alone, and anything else as written', () => {
    expect(formatDate('2023-12', 'ru')).toBe(`декабрь 2023${NNBSP}г.`);
    expect(formatDate('2023-12', 'uz')).toBe('dekabr, 2023');
    expect(formatDate('2016', 'kk')).toBe('2016');
    expect(formatDate('soon', 'ru')).toBe('soon');
  });

  it('never the ISO form or a "M11" stub in any language', () => {
    for (const lang of LANGS) {
      const text = formatDate('2026-01-05', lang);
      expect(text, lang).not.toMatch(/2026-01|M\d/);
      expect(text, lang).toMatch(/5/);
    }
  });

  it("a source's undated and approximate dates are worded in the page's language", () => {
    expect(sourceDate('n.d.', 'ky', tFor('ky'))).toBe('датасы жок');
    expect(sourceDate('~2020', 'ru', tFor('ru'))).toBe('около 2020');
    expect(sourceDate('2021-09-08', 'tg', tFor('tg'))).toBe('8 Сентябр 2021');
  });
});

describe('a moment (feedback written)', () => {
  const at = new Date(2026, 11, 1, 20, 28); // this machine's clock, as on the phone
  it.each([
    ['ru', `1 дек. 2026${NNBSP}г., 20:28`],
    ['kk', `2026${NNBSP}ж. 1 жел., 20:28`],
    ['uz', '1-dek, 2026, 20:28'],
    ['ky', '2026-ж. 1-дек. 20:28'],
    ['tg', '1 Дек 2026, 20:28'],
    ['en', `Dec 1, 2026, 8:28${NNBSP}PM`],
  ])('%s → %s', (lang, expected) => {
    expect(formatDateTime(at, lang)).toBe(expected);
  });
});

describe('numbers and sizes', () => {
  it('use each language’s decimal and group marks', () => {
    expect(formatNumber(12345.67, 'ru', 1)).toBe(`12${NBSP}345,7`);
    expect(formatNumber(1234, 'kk')).toBe(`1${NBSP}234`);
    expect(formatNumber(4.2, 'uz', 1, 1)).toBe('4,2');
    expect(formatNumber(4, 'ky', 1, 1)).toBe('4,0');
    expect(formatNumber(12345.67, 'en', 1)).toBe('12,345.7');
  });

  it.each([
    ['ru', '315,6 кБ', '2,6 МБ'],
    ['kk', '315,6 КБ', '2,6 МБ'],
    ['uz', '315,6 KB', '2,6 MB'], // Latin units on Latin pages
    ['ky', '315,6 кБ', '2,6 МБ'],
    ['tg', '315,6 КБ', '2,6 МБ'],
    ['en', '315.6 kB', '2.6 MB'],
  ])('%s: %s, %s', (lang, kb, mb) => {
    const t = tFor(lang);
    expect(formatBytes(315.6 * 1024, lang, t)).toBe(kb);
    expect(formatBytes(2.6 * 1024 * 1024, lang, t)).toBe(mb);
  });
});
