// Messages that must reach the user: a waiting update, a storage error, the iOS install hint.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useObservable } from '../data/observable';
import { userError } from '../data/errors';
import { getSetting, setSetting } from '../data/settings';
import { takeErased } from '../data/storage';
import { updateWaiting, acceptUpdate } from './sw-bridge';
import { isIosSafariBrowser } from './install';

function IosHint() {
  const { t } = useTranslation();
  const [show, setShow] = useState(false);
  useEffect(() => {
    if (!isIosSafariBrowser()) return;
    void getSetting('iosHintDismissed').then((d) => setShow(!d));
  }, []);
  if (!show) return null;
  return (
    <div className="notice">
      <p>{t('install.iosHint')}</p>
      <button
        type="button"
        onClick={() => {
          setShow(false);
          void setSetting('iosHintDismissed', true);
        }}
      >
        {t('install.close')}
      </button>
    </div>
  );
}

/** "Everything is erased." on the page the app reloads to after Settings → Erase everything. */
function ErasedNotice() {
  const { t } = useTranslation();
  const [show, setShow] = useState(false);
  useEffect(() => setShow(takeErased()), []);
  if (!show) return null;
  return (
    <div className="notice notice-erased" role="status" data-testid="erased">
      <p>{t('settings.erased')}</p>
      <button type="button" onClick={() => setShow(false)}>
        {t('install.close')}
      </button>
    </div>
  );
}

export function Notices() {
  const { t } = useTranslation();
  const waiting = useObservable(updateWaiting);
  const error = useObservable(userError);
  return (
    <div className="notices">
      <ErasedNotice />
      {waiting && (
        <div className="notice notice-update" role="status" data-testid="update-prompt">
          <p>{t('update.available')}</p>
          <button type="button" className="primary" onClick={() => acceptUpdate(() => window.confirm(t('update.unsaved')))}>
            {t('update.reload')}
          </button>
        </div>
      )}
      {error && (
        <div className="notice notice-error" role="alert" data-error-kind={error.kind}>
          <p>{error.kind === 'quota' ? t('errors.quota') : t('errors.generic')}</p>
          <button type="button" onClick={() => userError.set(null)}>
            {t('install.close')}
          </button>
        </div>
      )}
      <IosHint />
    </div>
  );
}
