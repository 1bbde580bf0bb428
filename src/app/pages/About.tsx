import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/langs.js';
import { contentVersion } from '../../data/packs';

const POINTS = ['noTracking', 'onPhone', 'noThirdParty', 'feedback', 'campaign', 'counting', 'sources'] as const;

export function About({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 tabIndex={-1}>{t('about.title')}</h1>
      <ul className="plain-list">
        {POINTS.map((p) => (
          <li key={p}>{t(`about.${p}`)}</li>
        ))}
      </ul>
      <p>{t('about.partners')}</p>
      <p className="version" data-app-version={__APP_VERSION__} lang={lang}>
        {t('settings.version', { version: `${__APP_VERSION__} / ${contentVersion}` })}
      </p>
    </>
  );
}
