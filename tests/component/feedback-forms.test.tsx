// The feedback forms: what they queue (kind, target, rating, reason, comment), the gentle
// phone/e-mail warning, the 2000-character limit, unsent-text tracking, and the search
// hand-off on /{lang}/feedback?q=…. Words come from content/strings, not copies.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { switchLanguage } from '../../src/i18n';
import { getDb } from '../../src/data/database';
import { hasUnsavedInput } from '../../src/ui/unsaved';
import { remove } from '../../src/data/outbox/queue';
import { dexieOutbox } from '../../src/data/outbox/dexie-store';
import { FeedbackPage, Helpful, ReportProblem } from '../../src/features/feedback';
import { readStrings } from '../fixtures/content-yaml';

const en = readStrings('en').feedback;
const ru = readStrings('ru').feedback;

beforeAll(async () => {
  await switchLanguage('en');
});
beforeEach(async () => {
  await (await getDb()).outbox.clear();
});
afterEach(async () => {
  await act(() => switchLanguage('en'));
});

const outbox = async () => (await getDb()).outbox.toArray();
const comment = () => screen.getByRole('textbox') as HTMLTextAreaElement;
const type = (text: string) => fireEvent.change(comment(), { target: { value: text } });
const send = () => fireEvent.click(screen.getByRole('button', { name: en.send }));

describe('Helpful', () => {
  it('asks "Was this helpful?" and shows the comment only after Yes or No', () => {
    render(<Helpful kind="article" target="birth-registration" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(en.helpfulQuestion);
    expect(screen.getByRole('group', { name: en.helpfulQuestion })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: en.up }));
    expect(screen.getByRole('button', { name: en.up }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: en.down }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByLabelText(en.commentLabel)).toBe(comment());
    // It says it asks for no names, numbers or places, and the box is described by that.
    expect(screen.getByText(en.privacy)).toBeTruthy();
    expect(comment().getAttribute('aria-describedby')).toContain(screen.getByText(en.privacy).id);
  });

  it('queues an item with the right kind, target, rating and comment, then thanks', async () => {
    render(<Helpful kind="article" target="birth-registration" />);
    fireEvent.click(screen.getByRole('button', { name: en.down }));
    type('The school part was unclear');
    send();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(en.queued));
    const rows = await outbox();
    expect(rows).toHaveLength(1);
    expect(rows[0].state).toBe('pending');
    expect(rows[0].item).toMatchObject({
      kind: 'article',
      target: 'birth-registration',
      rating: 'down',
      comment: 'The school part was unclear',
      lang: 'en',
    });
    // The form is gone: no second item by accident.
    expect(screen.queryByRole('button', { name: en.send })).toBeNull();
  });

  it('sends a rating alone (the comment is optional), for a checklist too', async () => {
    render(<Helpful kind="checklist" target="register-birth" />);
    fireEvent.click(screen.getByRole('button', { name: en.up }));
    send();
    await waitFor(async () => expect(await outbox()).toHaveLength(1));
    const [row] = await outbox();
    expect(row.item).toMatchObject({ kind: 'checklist', target: 'register-birth', rating: 'up' });
    expect(row.item).not.toHaveProperty('comment');
  });

  it('says "Sent" once the server has confirmed this very item', async () => {
    render(<Helpful kind="article" target="school" />);
    fireEvent.click(screen.getByRole('button', { name: en.up }));
    send();
    await waitFor(async () => expect(await outbox()).toHaveLength(1));
    const [row] = await outbox();
    // As the sending core does on the server's "stored": out of the outbox, into `sent`.
    await dexieOutbox(await getDb()).settle([row.id], []);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(en.sent));
  });

  it('says "Deleted", never "Sent", when the item is deleted before it was sent', async () => {
    render(<Helpful kind="article" target="school" />);
    fireEvent.click(screen.getByRole('button', { name: en.up }));
    send();
    await waitFor(async () => expect(await outbox()).toHaveLength(1));
    expect(await remove((await outbox())[0].id)).toBe('deleted');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(en.deleted));
    expect(screen.getByRole('status').textContent).not.toBe(en.sent);
  });

  it('speaks the language of the page', async () => {
    await act(() => switchLanguage('ru'));
    render(<Helpful kind="article" target="school" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(ru.helpfulQuestion);
    fireEvent.click(screen.getByRole('button', { name: ru.up }));
    fireEvent.click(screen.getByRole('button', { name: ru.send }));
    await waitFor(async () => expect((await outbox())[0]?.item.lang).toBe('ru'));
  });
});

describe('the phone number / e-mail warning', () => {
  const cases = [
    ['a phone number', 'Call me at +7 701 123-45-67 please'],
    ['a phone number without separators', 'мой номер 87011234567'],
    ['an e-mail address', 'write to aigerim.k@mail.kz'],
  ];
  it.each(cases)('appears before sending %s; nothing is queued until the person decides', async (_what, text) => {
    render(<Helpful kind="article" target="school" />);
    fireEvent.click(screen.getByRole('button', { name: en.up }));
    type(text);
    send();
    expect(screen.getByRole('alert').textContent).toBe(en.personalWarning);
    await new Promise((r) => setTimeout(r, 20));
    expect(await outbox()).toHaveLength(0);

    // "Change the text": back to the box, focused, warning gone.
    fireEvent.click(screen.getByRole('button', { name: en.edit }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(comment());

    // Sending again warns again; "Send anyway" queues the text as written.
    send();
    fireEvent.click(screen.getByRole('button', { name: en.sendAnyway }));
    await waitFor(async () => expect(await outbox()).toHaveLength(1));
    expect((await outbox())[0].item.comment).toBe(text);
  });

  it('goes away when the person edits the text, and plain text is sent without asking', async () => {
    render(<Helpful kind="article" target="school" />);
    fireEvent.click(screen.getByRole('button', { name: en.up }));
    type('call 8 701 123 45 67');
    send();
    expect(screen.getByRole('alert')).toBeTruthy();
    type('call the centre on Monday, it opens at 9');
    expect(screen.queryByRole('alert')).toBeNull();
    send();
    await waitFor(async () => expect(await outbox()).toHaveLength(1));
  });
});

describe('the 2000-character limit', () => {
  it('counts characters, refuses 2001 with a clear message, accepts 2000', async () => {
    render(<Helpful kind="article" target="school" />);
    fireEvent.click(screen.getByRole('button', { name: en.up }));
    const counter = screen.getByTestId('fb-counter');
    expect(counter.textContent).toBe(en.counter.replace('{{n}}', '0').replace('{{max}}', '2000'));
    expect(comment().getAttribute('aria-describedby')).toContain(counter.id);

    type('a'.repeat(2001));
    expect(counter.textContent).toBe(en.tooLong.replace('{{n}}', '2001').replace('{{max}}', '2000'));
    expect(comment().getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('button', { name: en.send }) as HTMLButtonElement).disabled).toBe(true);
    // The text is kept, not cut: the person decides what to remove.
    expect(comment().value).toHaveLength(2001);

    type('a'.repeat(2000));
    expect(counter.textContent).toBe(en.counter.replace('{{n}}', '2000').replace('{{max}}', '2000'));
    expect((screen.getByRole('button', { name: en.send }) as HTMLButtonElement).disabled).toBe(false);
    send();
    await waitFor(async () => expect(await outbox()).toHaveLength(1));
  });

  it('counts an emoji as one character, as the server does', () => {
    render(<Helpful kind="article" target="school" />);
    fireEvent.click(screen.getByRole('button', { name: en.up }));
    type('🙂'.repeat(2000));
    expect(screen.getByTestId('fb-counter').textContent).toBe(en.counter.replace('{{n}}', '2000').replace('{{max}}', '2000'));
    expect((screen.getByRole('button', { name: en.send }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('unsent text', () => {
  it('is registered while typed, and released when sent or when the form goes away', async () => {
    const view = render(<Helpful kind="article" target="school" />);
    fireEvent.click(screen.getByRole('button', { name: en.up }));
    expect(hasUnsavedInput()).toBe(false);
    type('half a thought');
    expect(hasUnsavedInput()).toBe(true);
    send();
    await waitFor(() => expect(hasUnsavedInput()).toBe(false));

    view.unmount();
    const again = render(<Helpful kind="article" target="school" />);
    fireEvent.click(screen.getByRole('button', { name: en.up }));
    type('typed, then left the page');
    expect(hasUnsavedInput()).toBe(true);
    again.unmount();
    expect(hasUnsavedInput()).toBe(false);
  });
});

describe('ReportProblem', () => {
  it('needs a reason, then queues a point item with it', async () => {
    render(<ReportProblem pointId="legal-aid-almaty-3" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(en.problemTitle);
    expect(screen.getByRole('group', { name: en.problemLegend })).toBeTruthy();
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => (r.closest('label') as HTMLElement).textContent)).toEqual([
      en.reasons.closed,
      en.reasons.wrong_phone,
      en.reasons.wrong_hours,
      en.reasons.wrong_place,
      en.reasons.other,
    ]);
    expect((screen.getByRole('button', { name: en.send }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: en.reasons.wrong_hours }));
    type('Closed on Saturdays now');
    send();
    await waitFor(async () => expect(await outbox()).toHaveLength(1));
    expect((await outbox())[0].item).toMatchObject({
      kind: 'point',
      target: 'legal-aid-almaty-3',
      reason: 'wrong_hours',
      comment: 'Closed on Saturdays now',
    });
    expect((await outbox())[0].item).not.toHaveProperty('rating');
  });
});

describe('FeedbackPage', () => {
  function renderPage(path: string, searchPath = '') {
    const { hook, searchHook } = memoryLocation({ path, searchPath });
    return render(
      <Router hook={hook} searchHook={searchHook}>
        <FeedbackPage lang="en" />
      </Router>,
    );
  }

  it('asks for a message and sends it as kind app', async () => {
    renderPage('/en/feedback');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.title);
    expect(screen.getByLabelText(en.messageLabel)).toBe(comment());
    expect((screen.getByRole('button', { name: en.send }) as HTMLButtonElement).disabled).toBe(true);
    type('Please add the bus route to the migration centre');
    send();
    await waitFor(() => expect(screen.getByTestId('feedback-general').querySelector('[role=status]')?.textContent).toBe(en.queued));
    expect((await outbox())[0].item).toMatchObject({ kind: 'app', lang: 'en', comment: 'Please add the bus route to the migration centre' });
    expect((await outbox())[0].item).not.toHaveProperty('target');
    // "Write more" gives an empty form again.
    fireEvent.click(screen.getByRole('button', { name: en.another }));
    expect(comment().value).toBe('');
  });

  it('after a search that found nothing, asks "What were you looking for?" with the search filled in', async () => {
    renderPage('/en/feedback', 'q=work%20permit%20for%20mother');
    expect(screen.getByLabelText(en.lookingFor)).toBe(comment());
    expect(comment().value).toBe('work permit for mother');
    expect(hasUnsavedInput()).toBe(false); // the URL still has it; nothing typed yet
    send();
    await waitFor(async () => expect(await outbox()).toHaveLength(1));
    // Kind `search`: the campaign counts what people could not find (issue 13).
    const [row] = await outbox();
    expect(row.item).toMatchObject({ kind: 'search', comment: 'work permit for mother' });
    expect(Object.keys(row.item).sort()).toEqual(['appVersion', 'comment', 'contentVersion', 'createdAt', 'id', 'kind', 'lang']);
  });

  it('shows what is waiting to send under the form', async () => {
    renderPage('/en/feedback');
    expect(await screen.findByText(en.nothingWaiting)).toBeTruthy();
  });
});
