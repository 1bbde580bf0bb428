// "Show QR": a dialog with the QR of a page's contract URL (src=share), drawn offline,
// plus the native share sheet where the device has one. Extra codes (a point's contact and
// location, the help page's numbers) work in any phone camera with no app and no data; a long
// one (`split`) becomes several codes, each easy to scan from a screen.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { useHydrated } from '../../ui/useHydrated';
import { QrCode } from './QrCode';
import { shareUrl, splitForQr } from './qr';

export interface ExtraCode {
  text: string;
  label: string;
  /** Long text read off a screen: several smaller codes instead of one dense one. */
  split?: boolean;
}

export function ShowQr({ path, title, extra = [], buttonLabel }: { path: string; title: string; extra?: ExtraCode[]; buttonLabel?: string }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The codes are drawn when the dialog opens: no QR work on page load, and the prerendered page
  // (built without an origin) has nothing here to differ from the phone's first render.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open || dialog.current?.open) return;
    dialog.current?.showModal();
    heading.current?.focus(); // start at the top (not scrolled down to the Close button)
  }, [open]);
  const url = shareUrl(path);
  // A prerendered page shows this button before React has hydrated it; a tap then would do
  // nothing. So it is disabled (drawn faded) until the app is live, and then works at once.
  const hydrated = useHydrated();
  const canShare = hydrated && typeof navigator.share === 'function'; // the build has no share sheet
  const codes = extra.flatMap((code): { text: string; label: string; ecc: 'M' | 'Q' }[] => {
    if (!code.split) return [{ text: code.text, label: code.label, ecc: 'Q' }];
    const parts = splitForQr(code.text);
    return parts.map((text, i) => ({
      text,
      ecc: 'M', // shown on a screen: no creases or smudges to survive, so less redundancy
      label: parts.length > 1 ? `${code.label} ${t('share.numbersPart', { n: i + 1, total: parts.length })}` : code.label,
    }));
  });
  return (
    <>
      <button type="button" className="show-qr" disabled={!hydrated} onClick={() => setOpen(true)}>
        <Icon name="qr" /> <span>{buttonLabel ?? t('share.showQr')}</span>
      </button>
      <dialog ref={dialog} className="qr-dialog" aria-labelledby="qr-title" onClose={() => setOpen(false)}>
        {open && (
          <>
            <h2 id="qr-title" ref={heading} tabIndex={-1}>
              {title}
            </h2>
            <p>{t('share.scanHint')}</p>
            <QrCode text={url} label={t('share.qrOf', { title })} />
            <p className="qr-url">{url.replace(/^https?:\/\//, '')}</p>
            {codes.map((code) => (
              <figure key={code.text} className="qr-extra">
                <QrCode text={code.text} label={code.label} ecc={code.ecc} />
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
