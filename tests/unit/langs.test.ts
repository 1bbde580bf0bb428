// Which language a first-time visitor lands in, from the browser's language list.
import { describe, expect, it } from 'vitest';
import { negotiateLang, isLang } from '../../src/shared/langs.js';

describe('negotiateLang', () => {
  it.each<[string[] | undefined, string]>([
    [['uz-Latn-UZ', 'ru'], 'uz'],
    [['de', 'kk-KZ'], 'kk'],
    [['tj'], 'tg'],
    [['tg-TJ'], 'tg'],
    [['KY_kg'], 'ky'],
    [['en-GB'], 'en'],
    [['fr', 'de'], 'ru'],
    [[], 'ru'],
    [undefined, 'ru'],
  ])('picks the first supported language of %j → %s', (preferred, expected) => {
    expect(negotiateLang(preferred)).toBe(expected);
  });

  it('respects the order of preference', () => {
    expect(negotiateLang(['en-US', 'kk'])).toBe('en');
    expect(negotiateLang(['kk', 'en-US'])).toBe('kk');
  });
});

describe('isLang', () => {
  it('accepts only the six contract languages', () => {
    expect(['ru', 'kk', 'uz', 'ky', 'tg', 'en'].every(isLang)).toBe(true);
    for (const v of ['tj', 'de', 'RU', '', undefined, null, 7]) expect(isLang(v)).toBe(false);
  });
});
