// The Kazakh home page: four doors and a language choice, in the words of content/strings.
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { switchLanguage } from '../../src/i18n';
import { Home } from '../../src/app/pages/Home';
import { readStrings } from '../fixtures/content-yaml';

import { LANGS } from '../../src/shared/langs.js';
const kk = readStrings('kk');

function renderHome() {
  const { hook } = memoryLocation({ path: '/kk/' });
  return render(
    <Router hook={hook}>
      <Home lang="kk" />
    </Router>,
  );
}

beforeAll(async () => {
  await switchLanguage('kk');
});

describe('Home (kk)', () => {
  it('shows the Kazakh title', () => {
    renderHome();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(kk.home.title);
  });

  it('offers four doors to rights, checklists, map and help with their Kazakh labels', () => {
    renderHome();
    const doors = [
      ['/kk/rights', kk.nav.rights, kk.home.rightsHint],
      ['/kk/checklists', kk.nav.checklists, kk.home.checklistsHint],
      ['/kk/map', kk.nav.map, kk.home.mapHint],
      ['/kk/help', kk.nav.help, kk.home.helpHint],
    ];
    const links = screen.getAllByRole('link');
    for (const [href, label, hint] of doors) {
      const matching = links.filter((a) => a.getAttribute('href') === href);
      expect(matching, href).toHaveLength(1);
      expect(matching[0].textContent).toContain(label);
      expect(matching[0].textContent).toContain(hint);
    }
    // Every link is either a door or a language: no stray or untranslated ones.
    expect(links).toHaveLength(doors.length + LANGS.length);
    expect(document.body.textContent).not.toMatch(/\b(nav|home)\.[a-z]+/);
  });

  it('lists the six languages, each named in its own language and linking to its home page', () => {
    renderHome();
    const section = screen.getByRole('region', { name: new RegExp(kk.home.choose) });
    const links = within(section).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(LANGS.map((l) => `/${l}/`));
    for (const lang of LANGS) {
      const link = within(section).getByRole('link', { name: readStrings(lang).app.languageName });
      expect(link.getAttribute('href')).toBe(`/${lang}/`);
      expect(link.getAttribute('lang')).toBe(lang);
    }
  });

  it('marks Kazakh as the current language', () => {
    renderHome();
    const current = screen.getAllByRole('link').filter((a) => a.getAttribute('aria-current'));
    expect(current.map((a) => a.getAttribute('lang'))).toEqual(['kk']);
  });
});
