// The Kazakh help page: every urgent number from content/help.yaml, callable and sourced.
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { switchLanguage } from '../../src/i18n';
import { Help } from '../../src/app/pages/Help';
import { readHelp, readStrings } from '../fixtures/content-yaml';

const numbers = readHelp();
const kk = readStrings('kk');

function renderHelp() {
  const { hook } = memoryLocation({ path: '/kk/help' });
  return render(
    <Router hook={hook}>
      <Help lang="kk" />
    </Router>,
  );
}

beforeAll(async () => {
  await switchLanguage('kk');
});

describe('Help (kk)', () => {
  it('shows the Kazakh title', () => {
    renderHelp();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(kk.help.title);
  });

  it('lists every number from help.yaml, in order, as a tel: link with its Kazakh label', () => {
    renderHelp();
    expect(numbers.length).toBeGreaterThan(0);
    const callLinks = screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('tel:'));
    expect(callLinks.map((a) => a.getAttribute('href'))).toEqual(numbers.map((n) => `tel:${n.tel}`));
    for (const n of numbers) {
      const link = callLinks.find((a) => a.getAttribute('href') === `tel:${n.tel}`)!;
      expect(link.textContent).toContain(n.number);
      expect(link.textContent).toContain(kk.help.call);
      // The label describes the link (the link's name stays its visible text: WCAG 2.5.3).
      const describedBy = link.getAttribute('aria-describedby')!;
      expect(document.getElementById(describedBy)?.textContent).toBe(n.label.kk);
      expect(link.closest('li')!.textContent).toContain(n.label.kk);
    }
  });

  it("shows each number's source as a link that opens outside the app without a referrer", () => {
    renderHelp();
    for (const n of numbers) {
      const card = screen
        .getAllByRole('link')
        .find((a) => a.getAttribute('href') === `tel:${n.tel}`)!
        .closest('li')!;
      const source = [...card.querySelectorAll('a')].find((a) => a.getAttribute('href') === n.source.url);
      expect(source, `${n.id} source`).toBeDefined();
      expect(source!.textContent).toBe(n.source.title);
      expect(source!.getAttribute('target')).toBe('_blank');
      expect(source!.getAttribute('rel')).toContain('noreferrer');
      expect(card.textContent).toContain(kk.help.source);
    }
  });

  it('says "not verified" on the numbers help.yaml marks unverified or L, and on no other', () => {
    renderHelp();
    const doubtful = numbers.filter((n) => n.unverified || n.confidence === 'L');
    // The crisis-centre line 150 rests on one 2022 source (M): it must carry the note.
    expect(doubtful.map((n) => n.tel)).toContain('150');
    for (const n of numbers) {
      const card = screen
        .getAllByRole('link')
        .find((a) => a.getAttribute('href') === `tel:${n.tel}`)!
        .closest('li')!;
      expect(card.textContent!.includes(kk.help.unverified), `${n.id} note`).toBe(doubtful.includes(n));
    }
  });
});
