// One checklist for the current child: steps filtered by the answers, a tick that persists,
// a note saved on blur, "New" for steps added since the last visit, links to rights, the map
// and legal aid, the printable summary, and not-found for an unknown id.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { switchLanguage } from '../../src/i18n';
import { db, type ChecklistRecord } from '../../src/data/db';
import { packStates } from '../../src/data/packs';
import { hasUnsavedInput } from '../../src/ui/unsaved';
import { setOutreach } from '../../src/features/outreach/outreach';
import { ChecklistPage } from '../../src/features/checklists/ChecklistPage';
import { readStrings } from '../fixtures/content-yaml';
import { step } from '../fixtures/checklists';

const strings = readStrings('en');
const en = strings.checklists;


const SOURCE = { title: 'eGov: birth', url: 'https://egov.kz/birth', date: '2020', accessed: '2026-11-28' };
const BIRTH: ChecklistRecord = {
  lang: 'en',
  id: 'register-birth',
  order: 10,
  status: 'draft',
  reviewed: '2026-11-28',
  translation: 'draft',
  title: 'Register the birth',
  summary: 'Every child born here can be registered.',
  sources: [SOURCE],
  steps: [
    step('hospital-paper', { when: { q: 'birthPlace', is: 'hospital' } }),
    step('home-legal-aid', { when: { q: 'birthPlace', is: 'home' }, unverified: true, where: { categories: ['legal-aid'], points: [] } }),
    step('apply', {
      documents: ['Your passport', 'The hospital paper'],
      where: { categories: ['psc', 'civil-registry'], points: [] },
      time: 'Within 2 months of the birth',
      article: 'birth-registration',
      sources: [SOURCE.url],
    }),
    step('copy'),
  ],
};

function renderPage(id = 'register-birth') {
  const { hook } = memoryLocation({ path: `/en/checklists/${id}` });
  return render(
    <Router hook={hook}>
      <ChecklistPage lang="en" id={id} />
    </Router>,
  );
}
const stepEl = (id: string) => document.querySelector<HTMLElement>(`[data-step="${id}"]`);
const box = (id: string) => within(stepEl(id)!).getByRole('checkbox') as HTMLInputElement;
const shownSteps = () => [...document.querySelectorAll<HTMLElement>('.cl-steps [data-step]')].map((e) => e.dataset.step);

beforeAll(async () => {
  await switchLanguage('en');
});
beforeEach(async () => {
  await Promise.all([db.children.clear(), db.progress.clear(), db.settings.clear(), db.checklists.clear(), db.articles.clear()]);
  await db.checklists.add(BIRTH);
  await db.children.add({ id: 'c1', nickname: 'Aru', createdAt: '2026-01-01T00:00:00Z', answers: { birthPlace: 'home' } });
  packStates.set({ en: 'installed' });
});

describe('ChecklistPage', () => {
  it("shows the steps that fit the child's answers, in order, with their links", async () => {
    await db.articles.add({ lang: 'en', slug: 'birth-registration', title: 'Register your baby', summary: '', topic: 'birth', order: 1, status: 'draft', reviewed: '2026-11-28', sources: [], translation: 'draft', html: '' });
    renderPage();
    await screen.findByRole('heading', { level: 1, name: BIRTH.title });
    expect(shownSteps()).toEqual(['home-legal-aid', 'apply', 'copy']);
    expect(within(screen.getByTestId('checklist-progress')).getByText(en.done.replace('{{done}}', '0').replace('{{total}}', '3'))).toBeTruthy();

    const apply = within(stepEl('apply')!);
    expect(apply.getByText('Your passport')).toBeTruthy();
    expect(apply.getByText('Within 2 months of the birth')).toBeTruthy();
    const hrefs = apply.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/en/map?category=psc,civil-registry');
    expect(hrefs).toContain('/en/rights/birth-registration');
    expect(hrefs).toContain(SOURCE.url);
    await waitFor(() => expect(apply.getByRole('link', { name: en.step.article.replace('{{title}}', 'Register your baby') })).toBeTruthy());

    const unverified = stepEl('home-legal-aid')!.querySelector('.unverified')!;
    expect(unverified.textContent).toContain(en.step.unverified);
    expect(unverified.querySelector('a')?.getAttribute('href')).toBe('/en/rights/free-legal-aid');
  });

  it('saves a tick, and it is still there after leaving and coming back', async () => {
    const first = renderPage();
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(box('apply'));
    await waitFor(async () => expect((await db.progress.get(['c1', 'register-birth']))?.steps.apply?.done).toBe(true));
    await waitFor(() => expect(box('apply').checked).toBe(true));
    expect(within(screen.getByTestId('checklist-progress')).getByText(en.done.replace('{{done}}', '1').replace('{{total}}', '3'))).toBeTruthy();
    first.unmount();

    renderPage();
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(box('apply').checked).toBe(true));
    expect(box('copy').checked).toBe(false);
    // The printable summary lists what is done and what to bring next.
    const print = screen.getByTestId('print-summary');
    expect(print.textContent).toContain('✓ Title apply');
    expect(print.textContent).not.toContain('Your passport'); // its step is done
  });

  it('saves a note on leaving the field, and counts it as unsaved while typing', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1 });
    const note = within(stepEl('copy')!).getByLabelText(en.step.noteLabel);
    fireEvent.change(note, { target: { value: 'Copies at the shop near school' } });
    expect(hasUnsavedInput()).toBe(true);
    fireEvent.blur(note);
    await waitFor(async () => expect((await db.progress.get(['c1', 'register-birth']))?.steps.copy?.note).toBe('Copies at the shop near school'));
    await waitFor(() => expect(hasUnsavedInput()).toBe(false));
  });

  it('marks steps added since the last visit as new, once, and ignores removed ones', async () => {
    await db.progress.add({
      childId: 'c1',
      checklistId: 'register-birth',
      steps: { 'old-removed': { done: true }, copy: { done: true } },
      seenSteps: ['hospital-paper', 'home-legal-aid', 'copy', 'old-removed'],
      updatedAt: '2026-01-01T00:00:00Z',
    });
    const first = renderPage();
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(within(stepEl('apply')!).getByText(en.step.new)).toBeTruthy());
    expect(within(stepEl('copy')!).queryByText(en.step.new)).toBeNull();
    expect(within(screen.getByTestId('checklist-progress')).getByText(en.done.replace('{{done}}', '1').replace('{{total}}', '3'))).toBeTruthy(); // removed step not counted
    await waitFor(async () => expect((await db.progress.get(['c1', 'register-birth']))?.seenSteps).toContain('apply'));
    first.unmount();

    renderPage();
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(shownSteps()).toHaveLength(3));
    expect(screen.queryByText(en.step.new)).toBeNull();
  });

  describe('in outreach mode (worker reads Russian)', () => {
    beforeEach(() => setOutreach({ on: true, workerLang: 'ru' }));
    afterEach(() => setOutreach({ on: false }));
    const RU: ChecklistRecord = {
      ...BIRTH,
      lang: 'ru',
      title: 'Зарегистрировать рождение',
      steps: BIRTH.steps.map((s) => ({ ...s, title: `RU ${s.title}`, do: `RU ${s.do}`, documents: s.documents.map((d) => `RU ${d}`) })),
    };

    it("pairs each shown step with the worker's copy, without a second tick box", async () => {
      await db.checklists.add(RU);
      renderPage();
      await waitFor(() => expect(screen.getByTestId('worker-title').textContent).toBe(RU.title));
      expect(screen.getByTestId('worker-title').getAttribute('lang')).toBe('ru');
      for (const id of ['home-legal-aid', 'apply', 'copy']) {
        const other = stepEl(id)!.querySelector<HTMLElement>('[data-testid="worker-step"]')!;
        expect(other.getAttribute('lang'), id).toBe('ru');
        expect(other.querySelector('h3')?.textContent).toBe(`RU ${BIRTH.steps.find((s) => s.id === id)!.title}`);
        expect(other.querySelector('input')).toBeNull();
      }
      expect(within(stepEl('apply')!).getByText('RU Your passport')).toBeTruthy();
      expect(within(stepEl('apply')!).getAllByRole('checkbox')).toHaveLength(1);
    });

    it("says the worker's language is not downloaded, in the family's language", async () => {
      renderPage();
      await waitFor(() => expect(screen.getByTestId('worker-title').textContent).toBe(strings.outreach.notDownloaded));
      expect(screen.getByTestId('worker-title').hasAttribute('lang')).toBe(false);
      expect(document.querySelector('[data-testid="worker-step"]')).toBeNull();
    });
  });

  it('shows the not-found page for an unknown checklist', async () => {
    renderPage('no-such-list');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(strings.notFound.title);
  });
});
