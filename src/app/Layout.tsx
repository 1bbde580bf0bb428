// Page frame for one language: header with language switch and connectivity, notices,
// main content, bottom navigation with the four doors, and the offline status line.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n';
import type { Lang } from '../shared/langs.js';
import { LangOptions } from '../ui/LangOptions';
import { ensurePack } from '../data/packs';
import { setSetting } from '../data/settings';
import { reportError } from '../data/errors';
import { Icon, type IconName } from '../ui/Icon';
import { Notices } from './Notices';
import { StatusLine } from './StatusLine';
import { useOfflineReady } from './useOfflineReady';
import { useObservable } from '../data/observable';
import { outreach, OutreachBar } from '../features/outreach';
import { usePageTitle } from './title';

// The bar's own short labels (nav.bar.*): they must fit five across a 320 px screen without
// breaking a word; where they cannot (large text), the bar shows icons only (styles.css).
const DOORS: { page: string; icon: IconName; key: string }[] = [
  { page: '', icon: 'home', key: 'nav.bar.home' },
  { page: 'rights', icon: 'rights', key: 'nav.bar.rights' },
  { page: 'checklists', icon: 'checklists', key: 'nav.bar.checklists' },
  { page: 'map', icon: 'map', key: 'nav.bar.map' },
  { page: 'help', icon: 'help', key: 'nav.bar.help' },
];

/** Pages that have nothing to fill in or tick: no "needs JavaScript" note there. */
const READ_ONLY_PAGES = new Set(['', 'help', 'about']);

function LanguageSelect({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const [path, navigate] = useLocation();
  return (
    <label className="lang-select">
      <Icon name="globe" />
      <span className="visually-hidden">{t('home.language')}</span>
      <select
        value={lang}
        onChange={(e) => navigate(path.replace(/^\/[^/]*/, `/${e.target.value}`) + location.search)}
      >
        <LangOptions />
      </select>
    </label>
  );
}

export function Layout({ lang, children }: { lang: Lang; children: ReactNode }) {
  // Render only once the strings of this URL's language are active, so text and
  // <html lang> never disagree (useTranslation re-renders on languageChanged). Offline, when that
  // language's strings are not on the phone, the page shows in the language that is (its pack
  // gate then says what is missing and offers the page in that language).
  const { t, i18n } = useTranslation();
  const [fellBack, setFellBack] = useState<Lang | null>(null);
  const shown = i18n.language === lang || fellBack === lang;
  const [path] = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  useOfflineReady(lang); // <html data-offline-ready>, and what becoming ready sets off
  const { on: outreachOn } = useObservable(outreach);
  usePageTitle(mainRef, shown);

  // Language of the URL is the truth: load its strings, remember it, get its content.
  useEffect(() => {
    let live = true;
    void switchLanguage(lang).then((showing) => live && setFellBack(showing === lang ? null : lang), reportError);
    setSetting('lang', lang).catch(reportError);
    void ensurePack(lang);
    return () => {
      live = false;
    };
  }, [lang]);

  // After navigation, move focus to the page heading so screen readers announce it, unless
  // the page put it in a field itself (search focuses its box).
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const active = document.activeElement;
    const pageChoseField = active instanceof HTMLInputElement && mainRef.current?.contains(active);
    if (!pageChoseField) mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }, [path]);

  if (!shown) return null;
  const current = path.split('/')[2] ?? '';
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <Link href={`/${lang}/`} className="brand">
          Qadam
        </Link>
        <span className="topbar-tools">
          <Link href={`/${lang}/search`} className="icon-link">
            <Icon name="search" />
            <span className="visually-hidden">{t('nav.search')}</span>
          </Link>
          {!outreachOn && <LanguageSelect lang={lang} />}
        </span>
        {outreachOn && <OutreachBar lang={lang} />}
      </header>
      <StatusLine lang={lang} />
      <Notices />
      {!READ_ONLY_PAGES.has(current) && (
        // Prerendered pages read and call with JavaScript off; forms and ticks need it: say so.
        <noscript>
          <p className="notice">{t('app.noScript')}</p>
        </noscript>
      )}
      <main id="main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <Link href={`/${lang}/settings`}>{t('nav.settings')}</Link>
        <Link href={`/${lang}/about`}>{t('nav.about')}</Link>
      </footer>
      <nav className="bottom-nav" aria-label={t('app.menu')}>
        {DOORS.map((d) => (
          <Link
            key={d.page}
            href={`/${lang}/${d.page}`}
            aria-current={current === d.page ? 'page' : undefined}
          >
            <Icon name={d.icon} />
            <span className="bar-label">{t(d.key)}</span>
          </Link>
        ))}
      </nav>
    </div>
  );
}
