// "Report a problem" for a place on the map: closed, wrong phone, wrong hours, wrong place,
// or something else, plus an optional comment.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang } from '../../shared/langs.js';
import type { ProblemReason } from '../../data/outbox/queue';
import { FeedbackForm } from './FeedbackForm';

export const REASONS: readonly ProblemReason[] = ['closed', 'wrong_phone', 'wrong_hours', 'wrong_place', 'other'];

export function ReportProblem({ pointId }: { pointId: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const name = useId();
  const [reason, setReason] = useState<ProblemReason | null>(null);
  const lang = isLang(i18n.language) ? i18n.language : undefined;
  return (
    <section className="fb" aria-labelledby={headingId} data-feedback="problem">
      <h2 id={headingId}>{t('feedback.problemTitle')}</h2>
      <FeedbackForm
        commentLabel={t('feedback.commentLabel')}
        ready={reason !== null}
        build={(comment) => ({ kind: 'point', target: pointId, reason: reason ?? undefined, comment, lang })}
      >
        <fieldset className="fb-reasons">
          <legend>{t('feedback.problemLegend')}</legend>
          {REASONS.map((r) => (
            <label key={r} className="fb-radio">
              <input type="radio" name={name} value={r} checked={reason === r} onChange={() => setReason(r)} />
              <span>{t(`feedback.reasons.${r}`)}</span>
            </label>
          ))}
        </fieldset>
      </FeedbackForm>
    </section>
  );
}
