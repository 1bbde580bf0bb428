// What every part of the page needs: the words, the formats, the chosen zone and the token.
import { createContext, useContext } from 'react';
import type { Strings, AdminLang } from './strings';
import type { Formats } from './format';
import type { ApiFailure } from './api';
import { fill } from './strings';

export type Ui = { lang: AdminLang; t: Strings; f: Formats; tz: string; token: string };

export const UiContext = createContext<Ui | null>(null);

export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('useUi outside UiContext');
  return ui;
}

/** A failed request in plain words. */
export function failureText(t: Strings, failure: ApiFailure): string {
  switch (failure.reason) {
    case 'unauthorized':
      return t.wrongToken;
    case 'tooMany':
      return fill(t.tooManyTries, { seconds: failure.seconds });
    case 'off':
      return t.adminOff;
    case 'network':
      return t.networkError;
    case 'server':
      return fill(t.serverError, { message: failure.message });
  }
}
