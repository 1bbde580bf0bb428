// Content pages need the language pack. While it is not on the phone, say why and offer a retry.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useObservable } from '../data/observable';
import { ensurePack, packStates } from '../data/packs';
import type { Lang } from '../shared/langs.js';

export function PackGate({ lang, children }: { lang: Lang; children: ReactNode }) {
  const { t } = useTranslation();
  const state = useObservable(packStates)[lang] ?? 'unknown';
  if (state === 'installed') return <>{children}</>;
  if (state === 'unknown' || state === 'downloading') return <p role="status">{t('pack.downloading')}</p>;
  return (
    <div className="notice" role="status" data-pack-state={state}>
      <p>{state === 'missing' ? t('pack.missing') : t('pack.failed')}</p>
      <button type="button" onClick={() => void ensurePack(lang)}>
        {t('pack.retry')}
      </button>
    </div>
  );
}
