// A full phone is told so in plain words, in the family's language, and nothing is swallowed.
import { beforeAll, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import Dexie from 'dexie';
import { switchLanguage } from '../../src/i18n';
import { Notices } from '../../src/app/Notices';
import { reportError, userError } from '../../src/data/errors';
import { readStrings } from '../fixtures/content-yaml';

const tg = readStrings('tg');

beforeAll(async () => {
  await switchLanguage('tg');
});

it('shows a quota error from Dexie as the plain-words "storage is full" alert, until closed', async () => {
  render(<Notices />);
  const full = new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  act(() => reportError(full));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain(tg.errors.quota);
  act(() => screen.getByRole('button', { name: tg.install.close }).click());
  expect(screen.queryByRole('alert')).toBeNull();
  expect(userError.get()).toBeNull();
});
