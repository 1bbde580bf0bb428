// Urgent numbers. They ship in the precached core for every language (not in a content
// pack), so this page works offline from the very first visit in any language.
// Numbers for the same service (1414 and its free 8-800 line) share one card; the sources are
// listed once, under the numbers, not repeated on every card.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { helpNumbers, type HelpNumber } from '../../i18n';
import type { Lang } from '../../shared/langs.js';
import { SourcesDisclosure } from '../../ui/SourceLine';
import { SendKit } from '../../features/kit';

// The QR code library loads with this button, not with the home page.
const ShowQr = lazy(() => import('../../features/share').then((m) => ({ default: m.ShowQr })));

// A number our sources do not confirm is current: flagged on the page.
const notVerified = (n: HelpNumber) => n.unverified || n.confidence === 'L';

/** Consecutive numbers with the same label are one service: one card, several call buttons. */
function byService(numbers: HelpNumber[]): HelpNumber[][] {
  const groups: HelpNumber[][] = [];
  for (const n of numbers) {
    const last = groups[groups.length - 1];
    if (last && last[0].label === n.label) last.push(n);
    else groups.push([n]);
  }
  return groups;
}

export function Help({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const numbers = helpNumbers(lang);
  // The QR text travels without the page's notes, so it carries only confirmed numbers.
  const confirmed = numbers.filter((n) => !notVerified(n));
  return (
    <>
      <h1 tabIndex={-1}>{t('help.title')}</h1>
      <p>{t('help.intro')}</p>
      {/* The button arrives a moment later (lazy): its space is held, so nothing below jumps. */}
      <div className="show-qr-slot">
        <Suspense fallback={null}>
          <ShowQr
            path={`/${lang}/help`}
            title={t('help.title')}
            extra={[{ text: confirmed.map((n) => `${n.number} — ${n.label}`).join('\n'), label: t('share.numbersQr'), split: true }]}
          />
        </Suspense>
      </div>
      <ul className="numbers">
        {byService(numbers).map((group) => {
          const first = group[0];
          return (
            <li key={first.id} className="number-card">
              <span className="calls">
                {group.map((n) => (
                  <a key={n.id} className="call" href={`tel:${n.tel}`} aria-describedby={`number-${first.id}`}>
                    <span className="call-number">{n.number}</span>
                    <span className="call-verb">{t('help.call')}</span>
                  </a>
                ))}
              </span>
              <div className="number-text">
                <p className="number-label" id={`number-${first.id}`}>
                  {first.label}
                </p>
                {first.note && <p className="number-note">{first.note}</p>}
                {group.some(notVerified) && <p className="unverified">{t('help.unverified')}</p>}
              </div>
            </li>
          );
        })}
      </ul>
      <SourcesDisclosure sources={numbers.map((n) => n.source)} className="help-sources" />
      {/* These numbers, and the rest of Qadam, as one file for a phone with no internet. */}
      <div className="send-kit-row">
        <SendKit lang={lang} />
      </div>
    </>
  );
}
