// The dashboard's pure parts: the chart's series, the period presets, the words, the CSV.
import { describe, expect, it } from 'vitest';
import { activationSeries, MAX_CHANNEL_LINES, OTHER } from '../../admin/src/series';
import { resolvePeriod, FIRST_DAY } from '../../admin/src/range';
import { STRINGS, fill, initialLang } from '../../admin/src/strings';
import { toCsv } from '../../admin/src/download';
import type { DayRow } from '../../admin/src/api';

const day = (d: string, bySrc: Record<string, number>, byLang: Record<string, number> = {}): DayRow => ({
  day: d,
  total: Object.values(bySrc).reduce((a, b) => a + b, 0),
  bySrc,
  byLang,
});

describe('activation series', () => {
  it('gives one line per language, in the app order, for languages with any activation; every day kept', () => {
    const days = [day('2026-11-01', {}, { tg: 2, ru: 1 }), day('2026-11-02', {}, {}), day('2026-11-03', {}, { ru: 3 })];
    expect(activationSeries(days, 'lang')).toEqual([
      { key: 'ru', values: [1, 0, 3] },
      { key: 'tg', values: [2, 0, 0] },
    ]);
  });

  it('keeps the biggest channels and sums the rest, so the chart stays readable', () => {
    const bySrc = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k, i) => [k, 10 - i]));
    const series = activationSeries([day('2026-11-01', bySrc), day('2026-11-02', { g: 1 })], 'src');
    expect(series).toHaveLength(MAX_CHANNEL_LINES);
    expect(series.map((s) => s.key)).toEqual(['a', 'b', 'c', 'd', OTHER]);
    expect(series.at(-1)!.values).toEqual([6 + 5 + 4, 1]);
    // Nothing is lost: every day's lines add up to its total.
    expect(series.reduce((n, s) => n + s.values[0], 0)).toBe(Object.values(bySrc).reduce((a, b) => a + b, 0));
  });

  it('shows up to five channels without an "other" line', () => {
    const series = activationSeries([day('2026-11-01', { a: 1, b: 2, c: 3, d: 4, '(none)': 5 })], 'src');
    expect(series.map((s) => s.key)).toEqual(['(none)', 'd', 'c', 'b', 'a']);
  });
});

describe('period presets', () => {
  // 20:30 UTC on 1 Dec is already 2 Dec in Almaty (UTC+5).
  const now = new Date('2026-12-01T20:30:00Z');
  it('count whole days back from today in the chosen zone', () => {
    expect(resolvePeriod({ preset: '7', from: '', to: '' }, 'Asia/Almaty', now)).toEqual({ from: '2026-11-26', to: '2026-12-02' });
    expect(resolvePeriod({ preset: '7', from: '', to: '' }, 'UTC', now)).toEqual({ from: '2026-11-25', to: '2026-12-01' });
    expect(resolvePeriod({ preset: '30', from: '', to: '' }, 'Asia/Almaty', now)).toEqual({ from: '2026-11-03', to: '2026-12-02' });
    expect(resolvePeriod({ preset: 'all', from: '', to: '' }, 'Asia/Almaty', now)).toEqual({ from: FIRST_DAY, to: '2026-12-02' });
    expect(resolvePeriod({ preset: 'custom', from: '2026-01-05', to: '2026-01-09' }, 'Asia/Almaty', now)).toEqual({ from: '2026-01-05', to: '2026-01-09' });
  });
});

describe('words', () => {
  it('has every English key in Russian and Kazakh, with the same {slots}', () => {
    const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const lang of ['ru', 'kk'] as const) {
      expect(Object.keys(STRINGS[lang]).sort()).toEqual(Object.keys(STRINGS.en).sort());
      for (const [key, text] of Object.entries(STRINGS.en)) {
        expect(slots(STRINGS[lang][key as keyof typeof STRINGS.en]), `${lang}.${key}`).toEqual(slots(text));
        expect(STRINGS[lang][key as keyof typeof STRINGS.en].trim(), `${lang}.${key}`).not.toBe('');
      }
    }
    expect(fill(STRINGS.en.shownCount, { n: 3 })).toBe('3 shown.');
  });

  it('starts in the saved language, else the browser one among ru/kk/en, else Russian', () => {
    expect(initialLang('kk', ['en-US'])).toBe('kk');
    expect(initialLang(null, ['de-DE', 'en-GB'])).toBe('en');
    expect(initialLang('xx', ['uz-UZ'])).toBe('ru');
  });
});

describe('CSV of what is on screen', () => {
  it('uses the export rules: BOM, CRLF, quoting, and no live formula from typed text', () => {
    const csv = toCsv({ columns: ['text', 'n'], rows: [['=HYPERLINK("x")', 1], ['a;b, "c"', null]] });
    expect(csv).toBe('\uFEFFtext,n\r\n"\'=HYPERLINK(""x"")",1\r\n"a;b, ""c""",\r\n');
  });
});
