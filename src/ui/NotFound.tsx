import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../shared/langs.js';

export function NotFound({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div className="not-found" data-page="not-found">
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href={`/${lang}/`} className="button primary">
          {t('notFound.home')}
        </Link>
      </p>
      <p>
        <Link href={`/${lang}/help`}>{t('nav.help')}</Link>
      </p>
    </div>
  );
}
