// Small pure pieces of issue 16: the status line's states, the outreach article pairing, the
// help numbers split into easy-to-scan QR codes, and the typo variants search tries.
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { appStatus } from '../../src/app/StatusLine';
import { pairSections, splitSections } from '../../src/features/rights/sections';
import { splitForQr } from '../../src/features/share/qr';
import { swaps } from '../../src/features/search/engine';
import { readHelp } from '../fixtures/content-yaml';

describe('status line', () => {
  it('saving until the shell and this language are on the phone, then ready', () => {
    expect(appStatus({ sw: false, pack: 'downloading', conn: 'online' })).toBe('saving');
    expect(appStatus({ sw: true, pack: 'downloading', conn: 'online' })).toBe('saving');
    expect(appStatus({ sw: true, pack: 'installed', conn: 'online' })).toBe('ready');
    expect(appStatus({ sw: true, pack: 'installed', conn: 'offline' })).toBe('offline');
  });
  it('says what is missing instead of "preparing" for ever when offline', () => {
    expect(appStatus({ sw: true, pack: 'missing', conn: 'offline' })).toBe('packMissing');
    expect(appStatus({ sw: false, pack: 'installed', conn: 'offline' })).toBe('notSaved');
    expect(appStatus({ sw: true, pack: 'failed', conn: 'online' })).toBe('packFailed');
  });
  it('says nothing while a return visit looks up its pack (no "saving" flash)', () => {
    expect(appStatus({ sw: true, pack: undefined, conn: 'online' })).toBe('checking');
  });
});

describe('outreach pairing', () => {
  const html = (n: number, tag = '') => `<p>intro${tag}</p>` + Array.from({ length: n }, (_, i) => `<h2 id="s${i}">S${i}${tag}</h2><p>text ${i}</p>`).join('');
  it('cuts an article at its h2 sections and pairs them row by row', () => {
    const rows = pairSections(splitSections(html(3)), splitSections(html(3, 'ru')));
    expect(rows).toHaveLength(4);
    expect(rows[2][0]).toContain('S1<');
    expect(rows[2][1]).toContain('S1ru');
  });
  it('never drops text when the two differ in sections', () => {
    const rows = pairSections(splitSections(html(3)), splitSections(html(1, 'ru')));
    expect(rows.map((r) => r[0]).join('')).toBe(html(3));
    expect(rows.map((r) => r[1]).join('')).toBe(html(1, 'ru'));
  });
});

describe('help numbers as text, split for scanning', () => {
  it.each(['ru', 'kk', 'uz', 'ky', 'tg', 'en'])('%s: every number in some code, each code QR version 10 or less', (lang) => {
    const numbers = readHelp();
    const text = numbers.map((n) => `${n.number} — ${n.label[lang]}`).join('\n');
    const parts = splitForQr(text);
    expect(parts.join('\n')).toBe(text); // whole lines, nothing lost
    for (const part of parts) expect(QRCode.create(part, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(10);
  });
});

describe('search typo variants', () => {
  it('swap each pair of neighbouring letters once', () => {
    expect(swaps('шокла')).toEqual(['ошкла', 'школа', 'шолка', 'шокал']);
    expect(swaps('аа')).toEqual([]);
  });
});
