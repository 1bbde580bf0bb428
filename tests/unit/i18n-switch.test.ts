// Switching to the language that is already current changes nothing: no languageChanged event,
// so no re-render of every translated component right after the page has hydrated.
import { expect, it } from 'vitest';
import { i18next, switchLanguage } from '../../src/i18n';

it('switching to the current language again emits no languageChanged', async () => {
  await switchLanguage('kk');
  const seen: string[] = [];
  const listen = (lng: string) => seen.push(lng);
  i18next.on('languageChanged', listen);
  await switchLanguage('kk');
  await switchLanguage('uz');
  i18next.off('languageChanged', listen);
  expect(seen).toEqual(['uz']);
  expect(document.documentElement.lang).toBe('uz');
});
