import { useTranslation } from 'react-i18next';
import { useObservable } from '../../data/observable';
import type { Lang } from '../../shared/langs.js';
import { LangOptions } from '../../ui/LangOptions';
import { outreach, setOutreach } from './outreach';

export function OutreachSettings() {
  const { t } = useTranslation();
  const state = useObservable(outreach);
  return (
    <section aria-labelledby="outreach-h">
      <h2 id="outreach-h">{t('outreach.title')}</h2>
      <p>{t('outreach.hint')}</p>
      <button type="button" className={state.on ? '' : 'primary'} aria-pressed={state.on} onClick={() => setOutreach({ on: !state.on })}>
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
