import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/langs';

/** Contract paths whose feature arrives in a later release: they exist and say so plainly. */
export function ComingSoon({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div data-page="coming-soon">
      <h1 tabIndex={-1}>{t('soon.title')}</h1>
      <p>{t('soon.body')}</p>
      <p>
        <Link href={`/${lang}/help`} className="button primary">
          {t('nav.help')}
        </Link>
      </p>
    </div>
  );
}
