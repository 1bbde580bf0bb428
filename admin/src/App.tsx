// Sign-in or the dashboard. The token lives in sessionStorage only: it is gone when the tab
// closes, and never written anywhere else. The language choice (no personal data) is kept.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Field } from './bits';
import { ADMIN_LANGS, ADMIN_LANG_NAMES, STRINGS, initialLang, isAdminLang, type AdminLang } from './strings';
import { formats } from './format';
import { DEFAULT_TZ } from './range';
import { UiContext } from './ui';
import type { ApiFailure } from './api';
import { SignIn } from './SignIn';
import { Dashboard } from './Dashboard';

const TOKEN_KEY = 'qadam-admin-token';
const LANG_KEY = 'qadam-admin-lang';

export function App() {
  const [lang, setLang] = useState<AdminLang>(() => initialLang(localStorage.getItem(LANG_KEY), navigator.languages));
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  const [signInFailure, setSignInFailure] = useState<ApiFailure | null>(null);
  const [tz, setTz] = useState(DEFAULT_TZ);
  const t = STRINGS[lang];
  const f = useMemo(() => formats(lang, tz), [lang, tz]);
  const ui = useMemo(() => ({ lang, t, f, tz, token: token ?? '' }), [lang, t, f, tz, token]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
  }, [lang, t]);

  const chooseLang = (value: string) => {
    if (!isAdminLang(value)) return;
    localStorage.setItem(LANG_KEY, value);
    setLang(value);
  };
  const signedIn = (value: string) => {
    sessionStorage.setItem(TOKEN_KEY, value);
    setSignInFailure(null);
    setToken(value);
  };
  /** Back to sign-in; with a failure (say, the token was changed on the server) it is shown there. */
  const signOut = useCallback((failure: ApiFailure | null = null) => {
    sessionStorage.removeItem(TOKEN_KEY);
    setSignInFailure(failure);
    setToken(null);
  }, []);

  return (
    <UiContext.Provider value={ui}>
      <header className="top">
        <div className="top-title">
          <h1>{t.title}</h1>
          <p className="muted">{t.subtitle}</p>
        </div>
        <div className="top-tools">
          <Field label={t.language}>
            {(id) => (
              <select id={id} value={lang} onChange={(e) => chooseLang(e.target.value)}>
                {ADMIN_LANGS.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {ADMIN_LANG_NAMES[l]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {token && (
            <button type="button" onClick={() => signOut()}>
              {t.signOut}
            </button>
          )}
        </div>
      </header>
      <main id="main">{token ? <Dashboard setTz={setTz} onUnauthorized={signOut} /> : <SignIn onSignedIn={signedIn} failure={signInFailure} />}</main>
    </UiContext.Provider>
  );
}
