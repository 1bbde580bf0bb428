// The checklists start screen: the situation questions (each skippable) save the answers for
// the current child and recommend the checklists that apply, in order. Content is a fixture;
// the words come from content/strings.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { switchLanguage } from '../../src/i18n';
import { db } from '../../src/data/db';
import { packStates } from '../../src/data/packs';
import { QUESTIONS } from '../../src/shared/taxonomy.js';
import { ChecklistsHome } from '../../src/features/checklists/ChecklistsHome';
import { readStrings } from '../fixtures/content-yaml';
import { step, checklist } from '../fixtures/checklists';

// Each checklist has one step; titles are "Checklist <id>".
const fixture = (id: string, order: number, applies?: unknown) => checklist(id, order, [step('one')], applies);

const en = readStrings('en').checklists;


const CHECKLISTS = [
  fixture('polyclinic', 50),
  fixture('enrol-school', 30, { q: 'childAge', in: ['7to13', '14to15'] }),
  fixture('register-birth', 10, { q: 'bornInKz', is: 'yes' }),
  fixture('kindergarten', 20, { q: 'childAge', in: ['under1', '1to6'] }),
  fixture('statelessness', 40, { any: [{ q: 'parentsCitizenship', is: 'stateless' }, { q: 'hasPassport', is: 'no' }] }),
];

function renderHome() {
  const { hook } = memoryLocation({ path: '/en/checklists' });
  return render(
    <Router hook={hook}>
      <ChecklistsHome lang="en" />
    </Router>,
  );
}

const question = () => screen.getByTestId('situation').querySelector<HTMLElement>('[data-question]')!.dataset.question;
const answer = (label: string) => fireEvent.click(within(screen.getByTestId('situation')).getByRole('button', { name: label }));
async function answerNext(q: string, label: string) {
  await waitFor(() => expect(question()).toBe(q));
  answer(label);
}

beforeAll(async () => {
  await switchLanguage('en');
});
beforeEach(async () => {
  await Promise.all([db.children.clear(), db.progress.clear(), db.settings.clear(), db.checklists.clear()]);
  await db.checklists.bulkAdd(CHECKLISTS);
  packStates.set({ en: 'installed' });
});

describe('ChecklistsHome', () => {
  it('asks the questions one by one, saves answers and skips, then recommends in order', async () => {
    renderHome();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.title);
    // A first child is there at once, under a neutral nickname.
    await screen.findByText(en.children.current.replace('{{name}}', en.children.suggested.replace('{{n}}', '1')));
    expect(screen.getByRole('heading', { level: 2, name: en.situation })).toBeTruthy();

    await answerNext('bornInKz', en.answers.bornInKz.yes);
    await answerNext('birthPlace', en.skip);
    await answerNext('childAge', en.answers.childAge['7to13']);
    await answerNext('parentsCitizenship', en.answers.parentsCitizenship.uz);
    for (const q of Object.keys(QUESTIONS).slice(4)) {
      await answerNext(q, q === 'hasPassport' ? en.answers.hasPassport.yes : en.skip);
    }

    const rec = await screen.findByTestId('recommended');
    const ids = () => within(rec).getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(ids()).toEqual(['/en/checklists/register-birth', '/en/checklists/enrol-school', '/en/checklists/polyclinic']);

    const [child] = await db.children.toArray();
    expect(child.answers).toMatchObject({ bornInKz: 'yes', birthPlace: 'skipped', childAge: '7to13', parentsCitizenship: 'uz', hasPassport: 'yes' });
    expect(Object.keys(child.answers)).toHaveLength(Object.keys(QUESTIONS).length);

    // All checklists are listed too, in order.
    const all = within(screen.getByTestId('all-checklists')).getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(all).toEqual(['register-birth', 'kindergarten', 'enrol-school', 'statelessness', 'polyclinic'].map((id) => `/en/checklists/${id}`));

    // Changing one answer changes the recommendation.
    const answers = screen.getByTestId('situation');
    fireEvent.click(within(answers.querySelector<HTMLElement>('[data-question="childAge"]')!).getByRole('button'));
    answer(en.answers.childAge.under1);
    await waitFor(() => expect(ids()).toEqual(['/en/checklists/register-birth', '/en/checklists/kindergarten', '/en/checklists/polyclinic']));
  });

  it('shows skipped questions as skipped and starts again on request', async () => {
    await db.children.add({
      id: 'c1',
      nickname: 'Aru',
      createdAt: '2026-01-01T00:00:00Z',
      answers: Object.fromEntries(Object.keys(QUESTIONS).map((q) => [q, 'skipped'])),
    });
    renderHome();
    await screen.findByTestId('recommended');
    expect(within(screen.getByTestId('situation')).getAllByText(en.skipped)).toHaveLength(Object.keys(QUESTIONS).length);
    // Nothing answered: nothing is ruled out.
    expect(within(screen.getByTestId('recommended')).getAllByRole('link')).toHaveLength(CHECKLISTS.length);
    fireEvent.click(screen.getByRole('button', { name: en.startAgain }));
    await waitFor(() => expect(question()).toBe('bornInKz'));
    expect((await db.children.get('c1'))?.answers).toEqual({});
  });

  it('adds a child under a suggested nickname with a note against full names, and keeps answers apart', async () => {
    renderHome();
    await answerNext('bornInKz', en.answers.bornInKz.no);
    fireEvent.click(screen.getByRole('button', { name: en.children.add }));
    const input = screen.getByLabelText(en.children.nickname) as HTMLInputElement;
    expect(input.value).toBe(en.children.suggested.replace('{{n}}', '2'));
    expect(screen.getByText(en.children.nicknameNote)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: en.children.save }));
    // The new child is current and starts with no answers.
    const select = (await screen.findByLabelText(en.children.choose)) as HTMLSelectElement;
    await waitFor(() => expect(question()).toBe('bornInKz'));
    expect(select.selectedOptions[0].textContent).toBe('Child 2');
    const children = await db.children.toArray();
    const byName = Object.fromEntries(children.map((c) => [c.nickname, c.answers]));
    expect(byName).toEqual({ 'Child 1': { bornInKz: 'no' }, 'Child 2': {} });
  });
});
