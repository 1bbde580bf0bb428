// One comment as staff read it: the text exactly as sent (React escapes it), the feedback form's
// warning when it looks like a phone number or e-mail (src/shared/feedback-text.js), and a
// delete that asks first. Deleting removes the text on the server; the counts stay.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { looksPersonal } from '../../src/shared/feedback-text.js';
import { ApiError, deleteComment, type ApiFailure } from './api';
import { failureText, useUi } from './ui';
import { fill } from './strings';

type Props = {
  id: string;
  text: string;
  meta: ReactNode;
  onDeleted: (id: string) => void;
  onUnauthorized: (failure: ApiFailure) => void;
};

export function CommentBox({ id, text, meta, onDeleted, onUnauthorized }: Props) {
  const { t, token } = useUi();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const cancel = useRef<HTMLButtonElement>(null);

  // The safe choice gets the focus when the question appears.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  const remove = async () => {
    setBusy(true);
    setError('');
    try {
      await deleteComment(token, id);
      onDeleted(id);
    } catch (err) {
      const failure: ApiFailure = err instanceof ApiError ? err.failure : { reason: 'network' };
      if (failure.reason === 'unauthorized') return onUnauthorized(failure);
      setError(fill(t.deleteFailed, { message: failureText(t, failure) }));
      setBusy(false);
    }
  };

  return (
    <li className="comment" data-comment-id={id}>
      <p className="comment-meta muted">{meta}</p>
      <p className="comment-text">{text}</p>
      {looksPersonal(text) && (
        <p className="warning" data-testid="personal-warning">
          {t.personalWarning}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <div className="confirm" role="group" aria-label={t.deleteConfirm}>
          <p>{t.deleteConfirm}</p>
          <button type="button" className="danger" onClick={remove} disabled={busy}>
            {t.deleteYes}
          </button>
          <button type="button" ref={cancel} onClick={() => setConfirming(false)} disabled={busy}>
            {t.cancel}
          </button>
        </div>
      ) : (
        <button type="button" className="danger small" onClick={() => setConfirming(true)}>
          {t.delete}
        </button>
      )}
    </li>
  );
}
