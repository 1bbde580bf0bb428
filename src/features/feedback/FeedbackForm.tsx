// The part every feedback form shares: the privacy note, the comment with its counter, the
// "this looks like a phone number" check, Send, and the result read out by screen readers.
// The specific forms (Helpful, ReportProblem, FeedbackPage) add their own fields on top.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../data/db';
import { enqueue, type FeedbackInput } from '../../data/outbox/queue';
import { markUnsaved } from '../../ui/unsaved';
import { countChars, looksPersonal } from '../../shared/feedback-text.js';
import { LIMITS } from '../../shared/facts.js';

const MAX_COMMENT = LIMITS.commentChars;
import './feedback.css';

type Phase = 'editing' | 'warning' | 'saving' | 'sent';

export interface FeedbackFormProps {
  /** Fields before the comment (rating buttons, reasons). Hidden once sent. */
  children?: ReactNode;
  commentLabel: string;
  initialComment?: string;
  /** False until the form's own fields are filled in (a rating, a reason). */
  ready?: boolean;
  /** Show the comment box (Helpful shows it only after Yes/No). */
  showComment?: boolean;
  commentRequired?: boolean;
  /** Offer "Write another" after sending (the general feedback page). */
  allowAnother?: boolean;
  build: (comment: string) => FeedbackInput;
  testId?: string;
}

/**
 * "Thank you — it will be sent…" until the server has it, then "Sent". Only the server's
 * confirmation of THIS item (its id in the `sent` table, written in the same transaction
 * that takes it out of the outbox) says "Sent"; an item gone for any other reason (deleted
 * in the list, erased) says "Deleted".
 */
function SentMessage({ id }: { id: string }) {
  const { t } = useTranslation();
  // undefined = still reading.
  const state = useLiveQuery(
    () =>
      db.transaction('r', db.outbox, db.sent, async () => {
        const record = await db.outbox.get(id);
        if (record) return record;
        return (await db.sent.get(id)) ? ('sent' as const) : ('deleted' as const);
      }),
    [id],
  );
  if (state === undefined) return <>{t('feedback.queued')}</>;
  if (state === 'sent') return <span data-sent="true">{t('feedback.sent')}</span>;
  if (state === 'deleted') return <span data-sent="deleted">{t('feedback.deleted')}</span>;
  if (state.state === 'failed') return <>{t('feedback.failedReason', { reason: state.error ?? '' })}</>;
  return <span data-sent="queued">{t('feedback.queued')}</span>;
}

export function FeedbackForm({
  children,
  commentLabel,
  initialComment = '',
  ready = true,
  showComment = true,
  commentRequired = false,
  allowAnother = false,
  build,
  testId,
}: FeedbackFormProps) {
  const { t } = useTranslation();
  const uid = useId();
  const ids = { comment: `${uid}-comment`, privacy: `${uid}-privacy`, counter: `${uid}-counter`, warning: `${uid}-warning` };
  const [comment, setComment] = useState(initialComment);
  const [phase, setPhase] = useState<Phase>('editing');
  const [sentId, setSentId] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);

  const chars = countChars(comment);
  const tooLong = chars > MAX_COMMENT;
  const empty = comment.trim() === '';
  const canSend = ready && !tooLong && !(commentRequired && empty) && phase !== 'saving';

  // Typed but not sent: an app update must not reload over it (src/ui/unsaved.ts).
  const dirty = phase !== 'sent' && comment.trim() !== initialComment.trim();
  useEffect(() => {
    markUnsaved(uid, dirty);
  }, [uid, dirty]);
  useEffect(() => () => markUnsaved(uid, false), [uid]);

  async function send(anyway: boolean) {
    if (!canSend) return;
    if (!anyway && looksPersonal(comment)) {
      setPhase('warning');
      return;
    }
    setPhase('saving');
    try {
      const record = await enqueue(build(comment));
      setSentId(record.id);
      setPhase('sent');
    } catch {
      // The text stays in the box; the error notice (storage full…) tells the person why.
      setPhase('editing');
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void send(false);
  };

  const again = () => {
    setComment('');
    setSentId(null);
    setPhase('editing');
  };

  return (
    <div className="fb-form" data-testid={testId} data-phase={phase}>
      {phase !== 'sent' && (
        <form onSubmit={onSubmit} noValidate>
          {children}
          {showComment && (
            <>
              <p className="fb-privacy" id={ids.privacy}>
                {t('feedback.privacy')}
              </p>
              <div className="fb-field">
                <label htmlFor={ids.comment}>{commentLabel}</label>
                <textarea
                  id={ids.comment}
                  ref={textarea}
                  rows={4}
                  value={comment}
                  required={commentRequired}
                  aria-invalid={tooLong || undefined}
                  aria-describedby={`${ids.privacy} ${ids.counter}`}
                  onChange={(e) => {
                    setComment(e.target.value);
                    if (phase === 'warning') setPhase('editing');
                  }}
                />
                <p id={ids.counter} className={`fb-counter${tooLong ? ' is-over' : ''}`} data-testid="fb-counter">
                  {tooLong ? t('feedback.tooLong', { n: chars, max: MAX_COMMENT }) : t('feedback.counter', { n: chars, max: MAX_COMMENT })}
                </p>
              </div>
              {phase === 'warning' ? (
                <div className="fb-warning" data-testid="fb-personal-warning">
                  <p id={ids.warning} role="alert">
                    {t('feedback.personalWarning')}
                  </p>
                  <button
                    type="button"
                    onClick={() => {
                      setPhase('editing');
                      textarea.current?.focus();
                    }}
                  >
                    {t('feedback.edit')}
                  </button>
                  <button type="button" className="primary" onClick={() => void send(true)}>
                    {t('feedback.sendAnyway')}
                  </button>
                </div>
              ) : (
                <div className="fb-actions">
                  <button type="submit" className="primary" disabled={!canSend}>
                    {t('feedback.send')}
                  </button>
                </div>
              )}
            </>
          )}
        </form>
      )}
      <p role="status" className="fb-status">
        {phase === 'sent' && sentId && <SentMessage id={sentId} />}
      </p>
      {phase === 'sent' && allowAnother && (
        <button type="button" onClick={again}>
          {t('feedback.another')}
        </button>
      )}
    </div>
  );
}
