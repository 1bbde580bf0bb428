// A short note per step, on this phone only. Saved a moment after typing stops and on
// leaving the field; until then the text is registered as unsaved, so an app update asks
// before reloading instead of losing it.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markUnsaved } from '../../ui/unsaved';
import { reportError } from '../../data/errors';
import { saveNote } from './children';

const SAVE_AFTER_MS = 800;

interface Props {
  childId: string;
  checklistId: string;
  stepId: string;
  initial: string;
}

export function StepNote({ childId, checklistId, stepId, initial }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const dirtyKey = `checklist-note:${childId}:${checklistId}:${stepId}`;
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(false);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const flush = () => {
    clearTimeout(timer.current);
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    saveNote(childId, checklistId, stepId, value)
      .then(() => {
        if (pending.current === null) markUnsaved(dirtyKey, false);
        setSaved(true);
      })
      .catch(reportError); // stays registered as unsaved: the update prompt will still ask
  };
  // Leaving the page (or switching child) saves what was typed.
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(() => () => flushRef.current(), []);

  return (
    <details className="cl-note" open={initial !== '' || undefined}>
      <summary>{t('checklists.step.note')}</summary>
      <label htmlFor={`${id}-note`}>{t('checklists.step.noteLabel')}</label>
      <textarea
        id={`${id}-note`}
        value={text}
        rows={3}
        maxLength={1000}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          setSaved(false);
          pending.current = e.target.value;
          markUnsaved(dirtyKey, true);
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, SAVE_AFTER_MS);
        }}
        onBlur={flush}
      />
      <p id={`${id}-hint`} className="cl-hint">
        {t('checklists.step.noteHint')}
      </p>
      <p className="cl-saved" role="status">
        {saved ? t('checklists.step.saved') : ''}
      </p>
    </details>
  );
}
