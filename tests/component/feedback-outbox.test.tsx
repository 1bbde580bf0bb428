// OutboxStatus: "Waiting to send: N", each unsent item with Delete, and the items the
// server refused, with its reason.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { switchLanguage } from '../../src/i18n';
import { getDb } from '../../src/data/database';
import { enqueue } from '../../src/data/outbox/queue';
import { dexieOutbox } from '../../src/data/outbox/dexie-store';
import { OutboxStatus } from '../../src/features/feedback';
import { readStrings } from '../fixtures/content-yaml';

const en = readStrings('en').feedback;
/** Items are listed by createdAt (ms): keep queued items apart in time. */
const later = () => new Promise((r) => setTimeout(r, 3));
const fill = (s: string, n: number | string) => s.replace('{{n}}', String(n));

beforeAll(async () => {
  await switchLanguage('en');
});
beforeEach(async () => {
  await (await getDb()).outbox.clear();
});

describe('OutboxStatus', () => {
  it('says when nothing is waiting', async () => {
    render(<OutboxStatus />);
    // The file's first live query: under the full parallel unit run on two cores it can take
    // longer than waitFor's 1 s default (it failed so on main too), so wait up to 5 s.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(en.nothingWaiting), { timeout: 5000 });
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('counts and lists waiting and refused items; refused ones show the server reason', async () => {
    await enqueue({ kind: 'article', target: 'school', rating: 'up', comment: 'Clear, thank you', lang: 'en' });
    await later();
    const bad = await enqueue({ kind: 'point', target: 'p-7', reason: 'closed', lang: 'en' });
    await later();
    await enqueue({ kind: 'activation', lang: 'en' });
    await dexieOutbox(await getDb()).settle([], [{ id: bad.id, reason: 'invalid: target: must be 1-120 characters' }]);
    render(<OutboxStatus />);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(`${fill(en.waiting, 2)}. ${fill(en.failedCount, 1)}`),
    );
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0].textContent).toContain(`${en.kinds.article}: ${en.up}`);
    expect(items[0].textContent).toContain('Clear, thank you');
    expect(items[1].getAttribute('data-state')).toBe('failed');
    expect(items[1].textContent).toContain(`${en.kinds.point}: ${en.reasons.closed}`);
    expect(items[1].textContent).toContain(en.failedReason.replace('{{reason}}', 'invalid: target: must be 1-120 characters'));
    expect(items[2].textContent).toContain(en.kinds.activation);
    // Every Delete button says what it deletes (for screen readers).
    for (const item of items) {
      const button = within(item).getByRole('button', { name: en.delete });
      const describedBy = document.getElementById(button.getAttribute('aria-describedby') ?? '');
      expect(describedBy && item.contains(describedBy)).toBe(true);
    }
  });

  it('deletes an unsent item', async () => {
    await enqueue({ kind: 'app', comment: 'first', lang: 'en' });
    await later();
    await enqueue({ kind: 'app', comment: 'second', lang: 'en' });
    render(<OutboxStatus />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    fireEvent.click(within(screen.getAllByRole('listitem')[0]).getByRole('button', { name: en.delete }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByRole('listitem').textContent).toContain('second');
    expect(screen.getByRole('status').textContent).toBe(fill(en.waiting, 1));
    expect((await (await getDb()).outbox.toArray()).map((r) => r.item.comment)).toEqual(['second']);
  });
});
