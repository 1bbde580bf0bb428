// Urgent numbers. They ship in the precached core for every language (not in a content
// pack), so this page works offline from the very first visit in any language.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { helpNumbers, type HelpNumber } from '../../i18n';
import type { Lang } from '../../shared/langs.js';
import { SourceLine } from '../../ui/SourceLine';
import { SendKit } from '../../features/kit';

// The QR code library loads with this button, not with the home page.
const ShowQr = lazy(() => import('../../features/share').then((m) => ({ default: m.ShowQr })));

// A number our sources do not confirm is current: flagged on the page.
const notVerified = (n: HelpNumber) => n.unverified || n.confidence === 'L';

export function Help({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const numbers = helpNumbers(lang);
  // The QR text travels without the page's notes, so it carries only confirmed numbers.
  const confirmed = numbers.filter((n) => !notVerified(n));
  return (
    <>
      <h1 tabIndex={-1}>{t('help.title')}</h1>
      <p>{t('help.intro')}</p>
      <Suspense fallback={null}>
        <ShowQr
          path={`/${lang}/help`}
          title={t('help.title')}
          extra={[{ text: confirmed.map((n) => `${n.number} — ${n.label}`).join('\n'), label: t('share.numbersQr') }]}
        />
      </Suspense>
      <ul className="numbers">
        {numbers.map((n) => (
          <li key={n.id} className="number-card">
            <a className="call" href={`tel:${n.tel}`} aria-describedby={`number-${n.id}`}>
              <span className="call-number">{n.number}</span>
              <span className="call-verb">{t('help.call')}</span>
            </a>
            <div className="number-text">
              <p className="number-label" id={`number-${n.id}`}>
                {n.label}
              </p>
              {n.note && <p className="number-note">{n.note}</p>}
              {notVerified(n) && <p className="unverified">{t('help.unverified')}</p>}
              <SourceLine label={t('help.source')} source={n.source} />
            </div>
          </li>
        ))}
      </ul>
      {/* These numbers, and the rest of Qadam, as one file for a phone with no internet. */}
      <div className="send-kit-row">
        <SendKit lang={lang} />
      </div>
    </>
  );
}
