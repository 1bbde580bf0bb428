// "Was this helpful?" under an article or a checklist: Yes / No, then an optional comment.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang } from '../../shared/langs.js';
import { FeedbackForm } from './FeedbackForm';

export function Helpful({ kind, target }: { kind: 'article' | 'checklist'; target: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [rating, setRating] = useState<'up' | 'down' | null>(null);
  const lang = isLang(i18n.language) ? i18n.language : undefined;
  return (
    <section className="fb" aria-labelledby={headingId} data-feedback="helpful">
      <h2 id={headingId}>{t('feedback.helpfulQuestion')}</h2>
      <FeedbackForm
        commentLabel={t('feedback.commentLabel')}
        ready={rating !== null}
        showComment={rating !== null}
        build={(comment) => ({ kind, target, rating: rating ?? undefined, comment, lang })}
      >
        <div className="fb-choices" role="group" aria-labelledby={headingId}>
          <button type="button" aria-pressed={rating === 'up'} onClick={() => setRating('up')}>
            {t('feedback.up')}
          </button>
          <button type="button" aria-pressed={rating === 'down'} onClick={() => setRating('down')}>
            {t('feedback.down')}
          </button>
        </div>
      </FeedbackForm>
    </section>
  );
}
