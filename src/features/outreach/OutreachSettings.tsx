// Settings → Outreach mode. A worker shows Qadam to families of any language, often where
// there is no network, so turning it on downloads every language (its size is said first).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useObservable } from '../../data/observable';
import { bytesToDownload, downloadAll, installedLangs, packStates } from '../../data/packs';
import { LANGS, type Lang } from '../../shared/langs.js';
import { LangOptions } from '../../ui/LangOptions';
import { formatBytes } from '../../ui/format';
import { outreach, setOutreach } from './outreach';

/** Languages not yet on this phone (read after the first render; re-read as packs arrive). */
function useMissingLangs(): Lang[] | null {
  const states = useObservable(packStates);
  const [missing, setMissing] = useState<Lang[] | null>(null);
  useEffect(() => {
    let live = true;
    installedLangs()
      .then((have) => live && setMissing(LANGS.filter((l) => !have.includes(l))))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [states]);
  return missing;
}

export function OutreachSettings() {
  const { t, i18n } = useTranslation();
  const state = useObservable(outreach);
  const missing = useMissingLangs();
  const turnOn = () => {
    setOutreach({ on: true });
    void downloadAll();
  };
  return (
    <section aria-labelledby="outreach-h">
      <h2 id="outreach-h">{t('outreach.title')}</h2>
      <p>{t('outreach.hint')}</p>
      {!state.on && missing && missing.length > 0 && (
        <p data-testid="outreach-download-size">{t('outreach.downloadAll', { size: formatBytes(bytesToDownload(missing), i18n.language, t) })}</p>
      )}
      <button type="button" className={state.on ? '' : 'primary'} aria-pressed={state.on} onClick={() => (state.on ? setOutreach({ on: false }) : turnOn())}>
        {state.on ? t('outreach.off') : t('outreach.on')}
      </button>
      {state.on && (
        <p>
          <label className="stacked">
            {t('outreach.workerLang')}
            <select value={state.workerLang} onChange={(e) => setOutreach({ workerLang: e.target.value as Lang })}>
              <LangOptions />
            </select>
          </label>
        </p>
      )}
    </section>
  );
}
