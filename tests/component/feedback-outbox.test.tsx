// OutboxStatus: "Waiting to send: N", each unsent item with Delete, and the items the
// server refused, with its reason and Try again. Delete says what really happened.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { switchLanguage } from '../../src/i18n';
import { getDb } from '../../src/data/database';
import { enqueue } from '../../src/data/outbox/queue';
import { dexieOutbox } from '../../src/data/outbox/dexie-store';
import { sendPending } from '../../src/shared/outbox/send';
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

  it('says "Deleted. It was not sent." for an item that never left the phone', async () => {
    await enqueue({ kind: 'app', comment: 'never sent', lang: 'en' });
    render(<OutboxStatus />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: en.delete }));
    await waitFor(() => expect(screen.getByTestId('outbox-notice').textContent).toBe(en.removed));
    await waitFor(() => expect(screen.queryByRole('listitem')).toBeNull());
  });

  it('says the server may already have it when an earlier request carried it and got no answer', async () => {
    await enqueue({ kind: 'app', comment: 'answer lost', lang: 'en' });
    const lost = (async () => {
      throw new TypeError('network connection was lost');
    }) as typeof fetch;
    expect(await sendPending(dexieOutbox(await getDb()), { fetchImpl: lost })).toMatchObject({ status: 'retry' });
    render(<OutboxStatus />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: en.delete }));
    await waitFor(() => expect(screen.getByTestId('outbox-notice').textContent).toBe(en.removedMaybeSent));
  });

  it('Delete pressed while the item is on its way waits for the answer, and says it was already sent', async () => {
    const rec = await enqueue({ kind: 'app', comment: 'in flight', lang: 'en' });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const received: string[] = [];
    const slowServer = (async (_url: RequestInfo | URL, init?: RequestInit) => {
      const items = JSON.parse(String(init?.body)).items as { id: string }[];
      items.forEach((i) => received.push(i.id));
      await gate;
      return new Response(JSON.stringify({ results: items.map((i) => ({ id: i.id, status: 'stored' })) }), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    render(<OutboxStatus />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    const sending = sendPending(dexieOutbox(await getDb()), { fetchImpl: slowServer });
    await waitFor(() => expect(received).toEqual([rec.id]));
    fireEvent.click(screen.getByRole('button', { name: en.delete }));
    await waitFor(() => expect(screen.getByRole('button', { name: en.delete }).hasAttribute('disabled')).toBe(true));
    release();
    await sending;
    await waitFor(() => expect(screen.getByTestId('outbox-notice').textContent).toBe(en.alreadySent));
    expect(screen.getByTestId('outbox-notice').textContent).not.toBe(en.removed);
  });

  it('offers Try again on a refused item: it goes back to waiting, without the old reason', async () => {
    const bad = await enqueue({ kind: 'app', comment: 'refused once', lang: 'en' });
    await dexieOutbox(await getDb()).settle([], [{ id: bad.id, reason: 'HTTP 400: Malformed JSON body' }]);
    render(<OutboxStatus />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(fill(en.failedCount, 1)));
    fireEvent.click(within(screen.getByRole('listitem')).getByRole('button', { name: en.retry }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(fill(en.waiting, 1)));
    expect(screen.getByRole('listitem').getAttribute('data-state')).toBe('pending');
    expect(screen.queryByRole('button', { name: en.retry })).toBeNull();
    const [row] = await (await getDb()).outbox.toArray();
    expect(row).toMatchObject({ state: 'pending' });
    expect(row).not.toHaveProperty('error');
    expect(row).not.toHaveProperty('final');
  });
});
