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

  it('cites the sources once, under the numbers, each opening outside the app without a referrer', () => {
    renderHelp();
    const box = document.querySelector('details.help-sources')!;
    expect(box.querySelector('summary')!.textContent).toBe(kk.rights.sourcesCount.replace('{{n}}', String(new Set(numbers.map((n) => n.source.url)).size)));
    for (const n of numbers) {
      const links = [...box.querySelectorAll('a')].filter((a) => a.getAttribute('href') === n.source.url);
      expect(links, `${n.id} source`).toHaveLength(1); // once, however many numbers cite it
      expect(links[0].textContent).toBe(n.source.title);
      expect(links[0].getAttribute('target')).toBe('_blank');
      expect(links[0].getAttribute('rel')).toContain('noreferrer');
    }
    // No card repeats a source line.
    for (const card of document.querySelectorAll('.number-card')) expect(card.querySelector('.source')).toBeNull();
  });

  it('gives numbers of one service one card (1414 and its free 8-800 line)', () => {
    renderHelp();
    const card = document.querySelector('a[href="tel:1414"]')!.closest('li')!;
    expect(card.querySelector('a[href="tel:88000807777"]')).not.toBeNull();
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
