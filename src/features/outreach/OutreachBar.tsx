// The outreach header: every language one tap away, "Hand over" (the QR of this page) and
// the whole of Qadam as one file for a family's phone with no internet.
import { lazy, Suspense } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { LANGS, LANG_NAMES, type Lang } from '../../shared/langs.js';
import { SendKit } from '../kit';

const ShowQr = lazy(() => import('../share').then((m) => ({ default: m.ShowQr })));

export function OutreachBar({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const [path] = useLocation();
  return (
    <div className="outreach-bar">
      <ul className="outreach-langs" aria-label={t('home.language')}>
        {LANGS.map((l) => (
          <li key={l}>
            <Link href={path.replace(/^\/[^/]*/, `/${l}`)} lang={l} aria-current={l === lang ? 'true' : undefined}>
              {LANG_NAMES[l]}
            </Link>
          </li>
        ))}
      </ul>
      <Suspense fallback={null}>
        <ShowQr path={path} title={document.title} buttonLabel={t('share.handOver')} />
      </Suspense>
      <SendKit lang={lang} />
    </div>
  );
}
