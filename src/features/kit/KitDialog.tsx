// The send dialog: which language (when the phone has more than one), the file's size, and
// one button that hands the file to the share sheet, or saves it where sharing files is missing.
// The file is made when the dialog opens (or the language changes), so the tap that shares it
// still counts as the user's own gesture, which navigator.share requires.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANG_NAMES, type Lang } from '../../shared/langs.js';
import { installedLangs } from '../../data/packs';
import { reportError } from '../../data/errors';
import { formatBytes } from '../../ui/format';
import { canShareFile, makeKitFile, saveFile } from './make-kit';

type Made = { lang: Lang; file: File } | { lang: Lang; failed: true };

export function KitDialog({ lang, onClose }: { lang: Lang; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [langs, setLangs] = useState<Lang[] | null>(null);
  const [chosen, setChosen] = useState<Lang | null>(null);
  const [made, setMade] = useState<Made | null>(null);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    let live = true;
    void installedLangs().then((list) => {
      if (!live) return;
      setLangs(list);
      setChosen(list.includes(lang) ? lang : (list[0] ?? null));
    });
    return () => {
      live = false;
    };
  }, [lang]);

  useEffect(() => {
    if (!chosen) return;
    let live = true;
    makeKitFile(chosen).then(
      (file) => live && setMade({ lang: chosen, file }),
      (e) => {
        reportError(e);
        if (live) setMade({ lang: chosen, failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, [chosen]);

  const ready = made && made.lang === chosen ? made : null;
  const file = ready && 'file' in ready ? ready.file : null;
  const share = file ? canShareFile(file) : false;
  const send = async () => {
    if (!file) return;
    if (!share) return saveFile(file);
    try {
      await navigator.share({ files: [file], title: file.name });
    } catch (e) {
      // Closing the share sheet is a choice, not an error; anything else: save the file instead.
      if ((e as Error).name !== 'AbortError') saveFile(file);
    }
  };

  return (
    <dialog ref={dialog} className="qr-dialog kit-dialog" aria-labelledby="kit-title" onClose={onClose} data-testid="kit-dialog">
      <h2 id="kit-title">{t('kit.send')}</h2>
      <p>{t('kit.sendIntro')}</p>
      <p>{t('kit.private')}</p>
      {langs?.length === 0 && <p role="status">{t('kit.noLanguage')}</p>}
      {langs && langs.length > 1 && (
        <fieldset>
          <legend>{t('kit.language')}</legend>
          {langs.map((l) => (
            <label key={l} lang={l} className="kit-lang">
              <input type="radio" name="kit-lang" value={l} checked={chosen === l} onChange={() => setChosen(l)} /> {LANG_NAMES[l]}
            </label>
          ))}
        </fieldset>
      )}
      {chosen && (
        <p role="status" data-testid="kit-file">
          {file ? t('kit.file', { name: file.name, size: formatBytes(file.size, lang, t) }) : ready ? t('errors.generic') : t('kit.preparing')}
        </p>
      )}
      {file && !share && <p>{t('kit.saveHint')}</p>}
      <div className="qr-actions">
        {chosen && (
          <button type="button" className="primary" disabled={!file} onClick={() => void send()} data-testid="send-kit-file">
            {share || !file ? t('kit.share') : t('kit.save')}
          </button>
        )}
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('install.close')}
        </button>
      </div>
    </dialog>
  );
}
