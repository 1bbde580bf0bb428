// /{lang}/feedback: general feedback about the app. Coming from a search that found nothing
// (/{lang}/feedback?q=…), it asks "What were you looking for?" with the search filled in,
// and sends kind `search`, so the campaign can count what people could not find.
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import type { Lang } from '../../shared/langs.js';
import { FeedbackForm } from './FeedbackForm';
import { OutboxStatus } from './OutboxStatus';

export function FeedbackPage({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const q = (new URLSearchParams(useSearch()).get('q') ?? '').trim().slice(0, 200);
  return (
    <div data-page="feedback">
      <h1 tabIndex={-1}>{t('feedback.title')}</h1>
      <p>{t('feedback.intro')}</p>
      <section className="fb fb-general" aria-label={t('feedback.title')}>
        <FeedbackForm
          key={q}
          testId="feedback-general"
          commentLabel={q ? t('feedback.lookingFor') : t('feedback.messageLabel')}
          initialComment={q}
          commentRequired
          allowAnother
          build={(comment) => ({ kind: q ? 'search' : 'app', comment, lang })}
        />
      </section>
      <OutboxStatus />
    </div>
  );
}
