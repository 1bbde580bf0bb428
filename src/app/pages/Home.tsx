import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { LANGS, LANG_NAMES, type Lang } from '../../shared/langs.js';
import { Icon, type IconName } from '../../ui/Icon';
import { useObservable } from '../../data/observable';
import { installPrompt, promptInstall } from '../install';

const DOORS: { page: string; icon: IconName; hint: string }[] = [
  { page: 'rights', icon: 'rights', hint: 'home.rightsHint' },
  { page: 'checklists', icon: 'checklists', hint: 'home.checklistsHint' },
  { page: 'map', icon: 'map', hint: 'home.mapHint' },
  { page: 'help', icon: 'help', hint: 'home.helpHint' },
];

export function Home({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const canInstall = useObservable(installPrompt);
  return (
    <>
      <h1 tabIndex={-1}>{t('home.title')}</h1>
      <p className="tagline">{t('app.tagline')}</p>
      <ul className="doors">
        {DOORS.map((d) => (
          <li key={d.page}>
            <Link href={`/${lang}/${d.page}`} className={`door door-${d.page}`}>
              <Icon name={d.icon} size={40} />
              <span className="door-label">{t(`nav.${d.page}`)}</span>
              <span className="door-hint">{t(d.hint)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="lang-heading" className="lang-choice">
        <h2 id="lang-heading">
          <Icon name="globe" /> {t('home.choose')}
        </h2>
        <ul className="lang-grid">
          {LANGS.map((l) => (
            <li key={l}>
              <Link href={`/${l}/`} lang={l} aria-current={l === lang ? 'true' : undefined}>
                {LANG_NAMES[l]}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {canInstall && (
        <button type="button" className="primary install" onClick={() => void promptInstall()}>
          <Icon name="download" /> <span>{t('install.button')}</span>
        </button>
      )}
    </>
  );
}
