// Whose steps are shown: one compact line (the child, or a choice of children), with rename,
// add and clearing a child's data folded away under "Rename or add a child", so the page leads
// with the steps and its first strong colour is not a delete button. Children are known only
// by a nickname the family picks; the form says so, calmly.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reportError } from '../../data/errors';
import { createChild, removeChild, renameChild, setCurrentChild } from './children';
import { useSuggestedName, type ChildState } from './useChild';

function NicknameForm({ initial, onSave, onCancel }: { initial: string; onSave: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) onSave(name);
  };
  return (
    <form className="cl-nickname" onSubmit={submit}>
      <label htmlFor={`${id}-name`}>{t('checklists.children.nickname')}</label>
      <input
        id={`${id}-name`}
        value={name}
        maxLength={40}
        autoComplete="off"
        aria-describedby={`${id}-note`}
        onChange={(e) => setName(e.target.value)}
        autoFocus
      />
      <p id={`${id}-note`} className="cl-hint">
        {t('checklists.children.nicknameNote')}
      </p>
      <div className="cl-actions">
        <button type="submit" className="primary" disabled={!name.trim()}>
          {t('checklists.children.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('checklists.children.cancel')}
        </button>
      </div>
    </form>
  );
}

export function ChildPicker({ state }: { state: ChildState }) {
  const { t } = useTranslation();
  const suggest = useSuggestedName();
  const [mode, setMode] = useState<'idle' | 'rename' | 'add' | 'confirm'>('idle');
  const [open, setOpen] = useState(false);
  const { children, current } = state;
  if (!current) return null;
  const run = (job: Promise<unknown>) => {
    setMode('idle');
    setOpen(false);
    job.catch(reportError);
  };
  return (
    <section className="cl-child" aria-labelledby="cl-child-h" data-testid="child-picker">
      <h2 id="cl-child-h" className="visually-hidden">
        {t('checklists.children.title')}
      </h2>
      {children.length > 1 ? (
        <label className="cl-field">
          <span>{t('checklists.children.choose')}</span>
          <select value={current.id} onChange={(e) => void setCurrentChild(e.target.value).catch(reportError)}>
            {children.map((c) => (
              <option key={c.id} value={c.id}>
                {c.nickname}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className="cl-child-name">{t('checklists.children.current', { name: current.nickname })}</p>
      )}
      <details className="cl-manage" open={open || mode !== 'idle'} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('checklists.children.manage')}</summary>
        {mode === 'idle' && (
          <div className="cl-actions">
            <button type="button" onClick={() => setMode('rename')}>
              {t('checklists.children.rename')}
            </button>
            <button type="button" onClick={() => setMode('add')}>
              {t('checklists.children.add')}
            </button>
            <button type="button" className="quiet-danger" onClick={() => setMode('confirm')}>
              {t('checklists.children.clear')}
            </button>
          </div>
        )}
        {mode === 'rename' && (
          <NicknameForm initial={current.nickname} onSave={(n) => run(renameChild(current.id, n))} onCancel={() => setMode('idle')} />
        )}
        {mode === 'add' && (
          <NicknameForm initial={suggest(children)} onSave={(n) => run(createChild(n))} onCancel={() => setMode('idle')} />
        )}
        {mode === 'confirm' && (
          <div role="alertdialog" aria-labelledby="cl-clear-confirm" className="confirm">
            <p id="cl-clear-confirm">{t('checklists.children.clearConfirm', { name: current.nickname })}</p>
            <button type="button" className="danger" onClick={() => run(removeChild(current.id))}>
              {t('checklists.children.clearYes')}
            </button>
            <button type="button" onClick={() => setMode('idle')} autoFocus>
              {t('checklists.children.cancel')}
            </button>
          </div>
        )}
      </details>
    </section>
  );
}
