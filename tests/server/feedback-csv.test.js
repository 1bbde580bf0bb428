// @vitest-environment node
// CSV export cells for spreadsheets in ru/kk locales, where ";" separates cells (issue 11 #14).
import { afterEach, describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../server/feedback/csv.js';
import { AUTH, item, makeFeedbackApp } from './feedback-app.js';

/** @type {(() => Promise<void>)[]} */
const cleanups = [];
afterEach(async () => {
  while (cleanups.length) await /** @type {() => Promise<void>} */ (cleanups.pop())();
});

describe('CSV for spreadsheets in ru/kk locales (issue 11 #14)', () => {
  it('quotes cells with ";" (Excel there splits on it) and never writes NUL', async () => {
    // Excel in a ru/kk locale reads ";" as the separator: unquoted, the second half would be
    // a cell of its own starting with "=", run as a formula.
    expect(csvCell('ok;=HYPERLINK("http://evil.example")')).toBe('"ok;=HYPERLINK(""http://evil.example"")"');
    expect(csvCell('a;b')).toBe('"a;b"');
    // NUL: removed, and removing it cannot uncover a formula the guard missed.
    expect(csvCell('\u0000=1+1')).toBe("'=1+1");
    expect(csvCell('a\u0000b')).toBe('ab');
    expect(csvLine(['x;y', null, 'z'])).toBe('"x;y",,z\r\n');
  });

  it('an exported comment with ";" stays one cell when split on ";" as ru Excel does', async () => {
    const { app, seed } = await makeFeedbackApp(cleanups);
    await seed([item({ kind: 'app', comment: 'хорошо;=cmd|/c calc!A1' })]);
    const res = await app.inject({ method: 'GET', url: '/api/feedback/export?format=csv', headers: AUTH });
    const line = res.body.split('\r\n')[1];
    // Split on ";" outside quotes, the way a ru-locale spreadsheet would.
    const cells = [];
    let cur = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      if (ch === ';' && !quoted) {
        cells.push(cur);
        cur = '';
      } else cur += ch;
    }
    cells.push(cur);
    expect(cells).toHaveLength(1);
    expect(cells.some((c) => c.startsWith('='))).toBe(false);
    expect(res.body).not.toContain('\u0000');
  });
});
