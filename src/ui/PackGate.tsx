// Content pages need the language pack. While it is not on the phone, say why, offer the same
// page in a language that IS on the phone ("Read this page in Oʻzbekcha"), and a retry that
// says what happened ("Still no connection"). Never a dead end.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { useObservable } from '../data/observable';
import { ensurePack, installedLangs, packStates } from '../data/packs';
import { LANG_NAMES, type Lang } from '../shared/langs.js';

/** Languages whose content is on this phone, other than `lang` (read once the gate shows). */
function useOtherLangsOnPhone(lang: Lang, wanted: boolean): Lang[] {
  const [langs, setLangs] = useState<Lang[]>([]);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    installedLangs()
      .then((ls) => live && setLangs(ls.filter((l) => l !== lang)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [lang, wanted]);
  return langs;
}

/** `heading`: for a page that is nothing but the gate (an article, a checklist), its h1. */
export function PackGate({ lang, children, heading }: { lang: Lang; children: ReactNode; heading?: string }) {
  const { t } = useTranslation();
  const state = useObservable(packStates)[lang] ?? 'unknown';
  const [path] = useLocation();
  const search = useSearch();
  const blocked = state === 'missing' || state === 'failed';
  const others = useOtherLangsOnPhone(lang, blocked);
  const [tries, setTries] = useState(0);
  const [retrying, setRetrying] = useState(false);
  if (state === 'installed') return <>{children}</>;
  if (!blocked) return <p role="status">{t('pack.downloading')}</p>;
  const h1 = heading ? <h1 tabIndex={-1}>{heading}</h1> : null;
  const samePage = (l: Lang) => `${path.replace(/^\/[^/]*/, `/${l}`)}${search ? `?${search}` : ''}`;
  const retry = () => {
    setRetrying(true);
    void ensurePack(lang).finally(() => {
      setRetrying(false);
      setTries((n) => n + 1);
    });
  };
  return (
    <>
      {h1}
      <div className="notice pack-gate" data-pack-state={state}>
        <p>{state === 'missing' ? t('pack.missing') : t('pack.failed')}</p>
        {others.length > 0 && (
          <div className="pack-other">
            <p>{t('pack.onPhone')}</p>
            <ul>
              {others.map((l) => (
                <li key={l}>
                  <Link href={samePage(l)} className="button primary" data-read-in={l}>
                    <span>{t('pack.readIn', { lang: LANG_NAMES[l] })}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p>
          <button type="button" onClick={retry} disabled={retrying}>
            {retrying ? t('pack.downloading') : t('pack.retry')}
          </button>
        </p>
        <p role="status" data-testid="retry-result">
          {tries > 0 && !retrying ? (state === 'missing' ? t('pack.stillOffline') : t('pack.stillFailed')) : ''}
        </p>
      </div>
    </>
  );
}
