// @vitest-environment node
// POST /api/feedback, issue 11 and 13: strings that must not get in, messages that must not echo,
// createdAt bounds (clamped far future, 2024 floor), and the kinds opened and search.
import { beforeEach, describe, expect, it } from 'vitest';
import { feedbackApi, articleItem } from '../helpers/feedback-api.js';

/** @type {Awaited<ReturnType<typeof feedbackApi>>} */
let fb;
beforeEach(async () => {
  fb = await feedbackApi({ name: 'valid', adminToken: '' });
});

const item = articleItem;

const send = (/** @type {unknown[]} */ items) => fb.send(items);
const count = () => fb.count();
const row = (/** @type {string} */ id) => fb.row(id);

describe('strings a phone must not be able to plant (issue 11 #13)', () => {
  // Each row: what is wrong, and the field the message must name. Versions end up in CSV
  // exports and on the admin page, so they get a printable pattern, not just a length.
  const cases = /** @type {[string, Record<string, unknown>, string][]} */ ([
    ['appVersion with a lone surrogate', { appVersion: '0.1\ud800' }, 'appVersion'],
    ['appVersion with NUL', { appVersion: '0.1\u0000' }, 'appVersion'],
    ['appVersion with CR/LF', { appVersion: '0.1\r\nX-Injected: 1' }, 'appVersion'],
    ['appVersion with HTML', { appVersion: '<script>alert(1)</script>' }, 'appVersion'],
    ['contentVersion with a lone low surrogate', { contentVersion: '\udc00abc' }, 'contentVersion'],
    ['contentVersion with NUL', { contentVersion: 'c1\u0000' }, 'contentVersion'],
    ['contentVersion with a newline', { contentVersion: 'c1\n' }, 'contentVersion'],
    ['contentVersion with <b>', { contentVersion: '<b>c1</b>' }, 'contentVersion'],
    ['comment with NUL', { comment: 'hello\u0000world' }, 'comment'],
    ['comment with an escape sequence', { comment: 'red \u001b[31m text' }, 'comment'],
    ['comment with DEL', { comment: 'a\u007fb' }, 'comment'],
    ['comment with a C1 control', { comment: 'a\u0085b' }, 'comment'],
  ]);

  it.each(cases)('rejects %s, naming the field', async (_name, over, field) => {
    const [result] = await send([item(over)]);
    expect(result.status).toBe('invalid');
    expect(result.error?.startsWith(`${field}: `)).toBe(true);
    expect(count()).toBe(0);
  });

  it('still accepts the versions the app really sends and comments with tabs and line breaks', async () => {
    const results = await send([
      item({ appVersion: '0.1.0+local', contentVersion: '3f9a0c1b2d' }),
      item({ appVersion: '1.2.3-rc.1+2026-12-01.abc123', contentVersion: '2024-05-01' }),
      item({ comment: 'line one\r\nline two\ttabbed — «кавычки» 👍' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['stored', 'stored', 'stored']);
  });
});

describe('error messages never repeat request content (issue 11 #15)', () => {
  it('says "unknown field" without echoing the key name', async () => {
    const secretKey = 'my_name_is_aigerim';
    const [result] = await send([item({ [secretKey]: 1 })]);
    expect(result.status).toBe('invalid');
    expect(result.error).toBe('unknown field');
    expect(JSON.stringify(result)).not.toContain(secretKey);

    const res = await fb.app.inject({ method: 'POST', url: '/api/feedback', payload: { items: [item()], [secretKey]: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: 'unknown field in body' });
    expect(res.body).not.toContain(secretKey);
  });
});

describe('createdAt bounds (issue 11 #6 and #17)', () => {
  it('refuses dates before 2024-01-01 (year 0000 among them) and accepts the first instant of 2024', async () => {
    const results = await send([
      item({ createdAt: '0000-01-01T00:00:00Z' }),
      item({ createdAt: '1970-01-01T00:00:00Z' }),
      item({ createdAt: '2023-12-31T23:59:59.999Z' }),
      item({ createdAt: '2024-01-01T05:00:00+05:00' }), // = 2024-01-01T00:00Z
    ]);
    expect(results.map((r) => r.status)).toEqual(['invalid', 'invalid', 'invalid', 'stored']);
    expect(results[0].error).toBe('createdAt: must not be before 2024-01-01');
    expect(count()).toBe(1);
  });

  it('accepts feedback from a phone whose clock is days ahead, storing the receive time instead', async () => {
    const before = Date.now();
    const ahead = [
      item({ createdAt: new Date(Date.now() + 2 * 86_400_000).toISOString() }),
      item({ createdAt: '2099-01-01T00:00:00Z', comment: 'clock set to 2099' }),
    ];
    const results = await send(ahead);
    const after = Date.now();
    expect(results.map((r) => r.status)).toEqual(['stored', 'stored']);
    for (const it1 of ahead) {
      const stored = /** @type {any} */ (row(it1.id));
      const created = Date.parse(stored.created_at);
      expect(created).toBeGreaterThanOrEqual(before - 1000);
      expect(created).toBeLessThanOrEqual(after + 1000);
      expect(stored.received_at).toBeTruthy();
    }
    // A resend after a lost response is still recognised as the same item, not a conflict.
    expect(await send([ahead[1]])).toEqual([{ id: ahead[1].id, status: 'duplicate' }]);
  });

  it('keeps a createdAt a few minutes ahead as sent (ordinary clock skew)', async () => {
    const skewed = new Date(Math.floor((Date.now() + 3 * 60_000) / 1000) * 1000).toISOString();
    const [result] = await send([item({ createdAt: skewed })]);
    expect(result.status).toBe('stored');
    expect(/** @type {any} */ (row(result.id ?? '')).created_at).toBe(skewed);
  });
});

describe('kinds opened and search (issue 13)', () => {
  it('stores an anonymous "opened" ping and a "search" text, with its grouping key', async () => {
    const opened = item({ kind: 'opened', target: undefined, rating: undefined, src: 'border-zhibek-2026-12' });
    const search = item({ kind: 'search', target: undefined, rating: undefined, comment: '  Патент  на работу ' });
    expect(await send([opened, search])).toEqual([{ id: opened.id, status: 'stored' }, { id: search.id, status: 'stored' }]);
    expect(row(opened.id)).toMatchObject({ kind: 'opened', target: null, rating: null, comment: null, src: 'border-zhibek-2026-12' });
    expect(row(search.id)).toMatchObject({ kind: 'search', comment: '  Патент  на работу ', search_key: 'патент на работу' });
  });

  const cases = /** @type {[string, Record<string, unknown>, string][]} */ ([
    ['target on opened', { kind: 'opened', rating: undefined }, 'target'],
    ['rating on opened', { kind: 'opened', target: undefined, rating: 'up' }, 'rating'],
    ['comment on opened', { kind: 'opened', target: undefined, rating: undefined, comment: 'hi' }, 'comment'],
    ['reason on opened', { kind: 'opened', target: undefined, rating: undefined, reason: 'closed' }, 'reason'],
    ['search without comment', { kind: 'search', target: undefined, rating: undefined }, 'comment'],
    ['search with a blank comment', { kind: 'search', target: undefined, rating: undefined, comment: ' \n ' }, 'comment'],
    ['target on search', { kind: 'search', rating: undefined, comment: 'visa' }, 'target'],
    ['rating on search', { kind: 'search', target: undefined, rating: 'up', comment: 'visa' }, 'rating'],
    ['reason on search', { kind: 'search', target: undefined, rating: undefined, reason: 'other', comment: 'visa' }, 'reason'],
  ]);
  it.each(cases)('rejects %s, naming the field', async (_name, over, field) => {
    const [result] = await send([item(over)]);
    expect(result.status).toBe('invalid');
    expect(result.error?.startsWith(`${field}: `)).toBe(true);
    expect(count()).toBe(0);
  });
});
