// Campaign tags from leaflet QR codes (?src=…): only safe short tags, and only the first one.
import { beforeEach, describe, expect, it } from 'vitest';
import { readSrcTag, rememberFirstSrc } from '../../src/data/campaign';
import { getSetting } from '../../src/data/settings';
import { getDb } from '../../src/data/database';

describe('readSrcTag', () => {
  it('reads a leaflet batch tag', () => {
    expect(readSrcTag('?src=border-zhibek-2026-12')).toBe('border-zhibek-2026-12');
    expect(readSrcTag('?utm=x&src=school_flyer.v2')).toBe('school_flyer.v2');
  });

  it('ignores a tag with markup or other unsafe characters', () => {
    expect(readSrcTag('?src=<script>')).toBeNull();
    expect(readSrcTag('?src=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).toBeNull();
    expect(readSrcTag('?src=a b')).toBeNull();
    expect(readSrcTag('?src=ivan@example.org')).toBeNull();
  });

  it('accepts a 64-character tag and ignores a longer one', () => {
    expect(readSrcTag(`?src=${'a'.repeat(64)}`)).toBe('a'.repeat(64));
    expect(readSrcTag(`?src=${'a'.repeat(65)}`)).toBeNull();
  });

  it('finds nothing when there is no tag', () => {
    expect(readSrcTag('')).toBeNull();
    expect(readSrcTag('?src=')).toBeNull();
    expect(readSrcTag('?lang=kk')).toBeNull();
  });
});

describe('rememberFirstSrc', () => {
  beforeEach(async () => {
    await (await getDb()).settings.clear();
  });

  it('keeps the first campaign tag it sees', async () => {
    expect(await rememberFirstSrc('?src=border-zhibek-2026-12')).toBe('border-zhibek-2026-12');
    expect(await getSetting('src')).toBe('border-zhibek-2026-12');
  });

  it('ignores every later tag', async () => {
    await rememberFirstSrc('?src=first-leaflet');
    expect(await rememberFirstSrc('?src=second-leaflet')).toBe('first-leaflet');
    expect(await getSetting('src')).toBe('first-leaflet');
  });

  it('keeps the tag when the app is later opened without one', async () => {
    await rememberFirstSrc('?src=first-leaflet');
    expect(await rememberFirstSrc('')).toBe('first-leaflet');
    expect(await getSetting('src')).toBe('first-leaflet');
  });

  it('stores nothing for an unsafe tag, so a later valid tag still counts as the first', async () => {
    expect(await rememberFirstSrc('?src=<script>')).toBeUndefined();
    expect(await getSetting('src')).toBeUndefined();
    expect(await rememberFirstSrc('?src=clinic-poster')).toBe('clinic-poster');
    expect(await getSetting('src')).toBe('clinic-poster');
  });

  it('does not touch other settings', async () => {
    const db = await getDb();
    await db.settings.put({ key: 'lang', value: 'tg' });
    await rememberFirstSrc('?src=clinic-poster');
    expect(await db.settings.get('lang')).toEqual({ key: 'lang', value: 'tg' });
  });
});
