// What an outreach worker or a lawyer needs on one sheet: what is done, what is next and
// which documents to bring. Hidden on screen; the print stylesheet shows only this.
import { useTranslation } from 'react-i18next';
import type { ChecklistStep, ProgressRecord } from '../../data/db';
import type { Lang } from '../../shared/langs.js';
import { formatDate } from '../../ui/format';
import { documentsToBring } from './progress';
import { useHydrated } from '../../ui/useHydrated';

interface Props {
  lang: Lang;
  title: string;
  childName: string;
  steps: ChecklistStep[];
  progress: Pick<ProgressRecord, 'steps'> | null;
}

/** Today on this phone's calendar (shown only once the child's progress is read: client-only). */
function printedOn(lang: Lang): string {
  const d = new Date();
  return formatDate(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`, lang);
}

export function PrintSummary({ lang, title, childName, steps, progress }: Props) {
  const { t } = useTranslation();
  const today = useHydrated() ? printedOn(lang) : ''; // not the build's date
  const isDone = (s: ChecklistStep) => progress?.steps[s.id]?.done === true;
  const done = steps.filter(isDone);
  const todo = steps.filter((s) => !isDone(s));
  const documents = documentsToBring(steps, progress);
  const note = (s: ChecklistStep) => progress?.steps[s.id]?.note;
  const nothing = <p>{t('checklists.summary.nothing')}</p>;
  return (
    <section className="cl-print" data-testid="print-summary">
      <h2>{t('checklists.summary.title', { title })}</h2>
      <p>{t('checklists.summary.for', { name: childName, date: today })}</p>
      <p>{t('checklists.done', { done: done.length, total: steps.length })}</p>
      <h3>{t('checklists.summary.todo')}</h3>
      {todo.length ? (
        <ol>
          {todo.map((s) => (
            <li key={s.id}>
              <strong>{s.title}</strong>
              {s.time && ` (${s.time})`}. {s.do}
              {note(s) && <p className="cl-print-note">{t('checklists.summary.note', { note: note(s) })}</p>}
            </li>
          ))}
        </ol>
      ) : (
        nothing
      )}
      <h3>{t('checklists.summary.documents')}</h3>
      {documents.length ? (
        <ul>
          {documents.map((d) => (
            <li key={d}>☐ {d}</li>
          ))}
        </ul>
      ) : (
        nothing
      )}
      <h3>{t('checklists.summary.done')}</h3>
      {done.length ? (
        <ul>
          {done.map((s) => (
            <li key={s.id}>
              ✓ {s.title}
              {note(s) && <p className="cl-print-note">{t('checklists.summary.note', { note: note(s) })}</p>}
            </li>
          ))}
        </ul>
      ) : (
        nothing
      )}
    </section>
  );
}
