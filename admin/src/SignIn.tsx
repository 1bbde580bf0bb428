// The token form. A wrong token shows one plain sentence and nothing else: no data is
// fetched or kept until the server accepts the token.
import { useState, type FormEvent } from 'react';
import { ApiError, checkToken, type ApiFailure } from './api';
import { failureText, useUi } from './ui';
import { todayIn } from './range';

export function SignIn({ onSignedIn, failure }: { onSignedIn: (token: string) => void; failure: ApiFailure | null }) {
  const { t, tz } = useUi();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(failure);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const token = value.trim();
    if (!token) return;
    setBusy(true);
    setError(null);
    try {
      await checkToken(token, tz, todayIn(tz));
      onSignedIn(token);
    } catch (err) {
      setError(err instanceof ApiError ? err.failure : { reason: 'network' });
      setBusy(false);
    }
  };

  return (
    <section className="card signin" aria-labelledby="signin-title">
      <h2 id="signin-title">{t.signInTitle}</h2>
      <form onSubmit={submit}>
        <label htmlFor="admin-token">{t.tokenLabel}</label>
        <input
          id="admin-token"
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-describedby="admin-token-hint"
          required
        />
        <p id="admin-token-hint" className="muted">
          {t.tokenHint}
        </p>
        {error && (
          <p role="alert" className="error" data-testid="signin-error">
            {failureText(t, error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t.signingIn : t.signIn}
        </button>
      </form>
    </section>
  );
}
