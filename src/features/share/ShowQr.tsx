// "Show QR": a dialog with the QR of a page's contract URL (src=share), drawn offline,
// plus the native share sheet where the device has one. Extra codes (a point's contact and
// location, the help page's numbers) work in any phone camera with no app and no data.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { useHydrated } from '../../ui/useHydrated';
import { QrCode } from './QrCode';
import { shareUrl } from './qr';

export interface ExtraCode {
  text: string;
  label: string;
}

export function ShowQr({ path, title, extra = [], buttonLabel }: { path: string; title: string; extra?: ExtraCode[]; buttonLabel?: string }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  // The codes are drawn when the dialog opens: no QR work on page load, and the prerendered page
  // (built without an origin) has nothing here to differ from the phone's first render.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  const url = shareUrl(path);
  const canShare = useHydrated() && typeof navigator.share === 'function'; // the build has no share sheet
  return (
    <>
      <button type="button" className="show-qr" onClick={() => setOpen(true)}>
        <Icon name="qr" /> {buttonLabel ?? t('share.showQr')}
      </button>
      <dialog ref={dialog} className="qr-dialog" aria-labelledby="qr-title" onClose={() => setOpen(false)}>
        {open && (
            <>
            <h2 id="qr-title">{title}</h2>
            <p>{t('share.scanHint')}</p>
            <QrCode text={url} label={t('share.qrOf', { title })} />
            <p className="qr-url">{url.replace(/^https?:\/\//, '')}</p>
            {extra.map((code) => (
              <figure key={code.text} className="qr-extra">
                <QrCode text={code.text} label={code.label} size={240} />
                <figcaption>{code.label}</figcaption>
              </figure>
            ))}
            <div className="qr-actions">
              {canShare && (
                <button type="button" onClick={() => void navigator.share({ title, url }).catch(() => undefined)}>
                  {t('reading.share')}
                </button>
              )}
              <button type="button" className="primary" onClick={() => dialog.current?.close()}>
                {t('install.close')}
              </button>
            </div>
            </>
        )}
      </dialog>
    </>
  );
}
