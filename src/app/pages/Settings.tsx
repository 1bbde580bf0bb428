import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../data/db';
import { LANGS, LANG_NAMES, type Lang } from '../../shared/langs.js';
import { bytesToDownload, downloadAll, packInfo, packStates } from '../../data/packs';
import { useObservable } from '../../data/observable';
import { estimateUsage, eraseEverything, isPersisted, rememberErased, requestPersistence } from '../../data/storage';
import { reportError } from '../../data/errors';
import { formatBytes } from '../../ui/format';
import { useHydrated } from '../../ui/useHydrated';
import { Icon } from '../../ui/Icon';
import { OutboxStatus } from '../../features/feedback';
import { TextSizeControl } from '../TextSizeControl';
import { OutreachSettings } from '../../features/outreach';
import { SendKit } from '../../features/kit';

function StorageSection({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const [usage, setUsage] = useState<{ used: number } | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const refresh = () => {
    void estimateUsage().then(setUsage);
    void isPersisted().then(setPersisted);
  };
  useEffect(refresh, []);
  return (
    <section aria-labelledby="storage-h">
      <h2 id="storage-h">{t('settings.storage')}</h2>
      {usage && <p data-testid="storage-use">{t('settings.storageUse', { used: formatBytes(usage.used, lang, t) })}</p>}
      {persisted !== null && <p>{persisted ? t('settings.storagePersisted') : t('settings.storageNotPersisted')}</p>}
      {persisted === false && (
        <button type="button" onClick={() => void requestPersistence().then(refresh)}>
          {t('settings.storageKeep')}
        </button>
      )}
    </section>
  );
}

function EraseSection({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const erase = async () => {
    try {
      await eraseEverything();
      rememberErased(); // after the wipe, so the home page can confirm it (Notices)
      window.location.assign(`/${lang}/`);
    } catch (e) {
      reportError(e);
    }
  };
  return (
    <section aria-labelledby="erase-h" className="danger-zone">
      <h2 id="erase-h">{t('settings.erase')}</h2>
      <p>{t('settings.eraseWhat')}</p>
      {!confirming ? (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          <Icon name="trash" /> <span>{t('settings.erase')}</span>
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="erase-confirm" className="confirm">
          <p id="erase-confirm">{t('settings.eraseConfirm')}</p>
          <button type="button" className="danger" onClick={() => void erase()}>
            {t('settings.eraseYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            {t('settings.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}

export function Settings({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const states = useObservable(packStates);
  const installed = useLiveQuery(() => db.packs.toArray(), []) ?? [];
  const isInstalled = (l: Lang) => installed.some((p) => p.lang === l && p.hash === packInfo[l].hash);
  const missing = LANGS.filter((l) => !isInstalled(l));
  const busy = Object.values(states).includes('downloading');
  const hydrated = useHydrated();
  return (
    <>
      <h1 tabIndex={-1}>{t('settings.title')}</h1>
      <section aria-labelledby="langs-h">
        <h2 id="langs-h">{t('settings.languages')}</h2>
        <ul className="lang-status">
          {LANGS.map((l) => (
            <li key={l} lang={l}>
              {isInstalled(l) ? <Icon name="check" size={18} /> : <Icon name="download" size={18} />} {LANG_NAMES[l]}
            </li>
          ))}
        </ul>
        {missing.length === 0 ? (
          <p>{t('settings.allDownloaded')}</p>
        ) : (
          <button type="button" className="primary" disabled={busy} onClick={() => void downloadAll()}>
            <Icon name="download" />
            <span>
              {busy ? t('pack.downloading') : t('settings.downloadAll')}
              {/* Number formats differ between the build's ICU and the phone's: sizes after hydration. */}
              {hydrated && <span className="btn-sub">{t('settings.downloadSize', { size: formatBytes(bytesToDownload(missing), lang, t) })}</span>}
            </span>
          </button>
        )}
        {/* The languages on this phone can go on, as one file each, to a phone with no internet. */}
        <div className="send-kit-row">
          <SendKit lang={lang} />
        </div>
      </section>
      <TextSizeControl />
      <OutreachSettings />
      <OutboxStatus />
      <StorageSection lang={lang} />
      <EraseSection lang={lang} />
      <p className="version">{t('settings.version', { version: __APP_VERSION__ })}</p>
    </>
  );
}
