// One step of a checklist: a big tick, what to do, what to bring, cost and time when a
// source gives them, where to go, the rights article, a note and the step's sources.
// A ticked step folds to its title (with "Show details"), so the page shows what is left.
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { ChecklistStep, Source, StepProgress } from '../../data/db';
import type { Lang } from '../../shared/langs.js';
import { SourcesDisclosure } from '../../ui/SourceLine';
import { useInternalLinks } from '../../ui/useInternalLinks';
import { reportError } from '../../data/errors';
import { StepNote } from './StepNote';
import { WorkerStep } from './WorkerStep';

interface Props {
  lang: Lang;
  checklistId: string;
  childId: string;
  step: ChecklistStep;
  progress?: StepProgress;
  isNew: boolean;
  articleTitle?: string;
  pointNames: Record<string, string>;
  sources: Source[];
  /** The checklist's before-you-go note, shown with steps that send the family to a state body. */
  beforeYouGo?: { title: string; html: string };
  onToggle: (done: boolean) => Promise<void>;
  /** Outreach mode: the same step in the worker's language. */
  worker?: { lang: Lang; step: ChecklistStep };
}

export function StepItem(props: Props) {
  const { lang, checklistId, childId, step, progress, isNew, articleTitle, pointNames, sources, beforeYouGo, onToggle, worker } = props;
  const { t } = useTranslation();
  const onNoteClick = useInternalLinks();
  const saved = progress?.done === true;
  // Show the tick at once; the database catches up a moment later (and undoes it if it fails).
  const [pending, setPending] = useState<boolean | null>(null);
  useEffect(() => {
    if (pending === saved) setPending(null);
  }, [pending, saved]);
  const done = pending ?? saved;
  const [expanded, setExpanded] = useState(false);
  const folded = done && !expanded;
  const toggle = (value: boolean) => {
    setPending(value);
    onToggle(value).catch((e) => {
      setPending(null);
      reportError(e);
    });
  };
  const boxId = `step-${step.id}`;
  const { categories, points } = step.where;
  const places = categories.map((c) => t(`checklists.places.${c}`)).join(', ');
  const stepSources = step.sources.map((url) => sources.find((s) => s.url === url)).filter((s): s is Source => !!s);
  return (
    <li
      className={`cl-step${done ? ' is-done' : ''}${worker && !folded ? ' has-worker' : ''}`}
      id={`s-${step.id}`}
      data-step={step.id}
      data-done={done}
    >
      <div className="cl-step-head">
        <input id={boxId} type="checkbox" checked={done} onChange={(e) => toggle(e.target.checked)} />
        <h2 className="cl-step-title">
          <label htmlFor={boxId}>{step.title}</label>
          {isNew && <span className="cl-new">{t('checklists.step.new')}</span>}
        </h2>
        {done && (
          <button type="button" className="cl-fold" aria-expanded={expanded} aria-controls={`${boxId}-body`} onClick={() => setExpanded(!expanded)}>
            {expanded ? t('checklists.step.hideDetails') : t('checklists.step.showDetails')}
          </button>
        )}
      </div>
      <div className="cl-step-body" id={`${boxId}-body`} hidden={folded}>
        <p>{step.do}</p>
        {step.documents.length > 0 && (
          <>
            <h3>{t('checklists.step.bring')}</h3>
            <ul className="cl-docs">
              {step.documents.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </>
        )}
        {(step.cost || step.time) && (
          <dl className="cl-facts">
            {step.time && (
              <div>
                <dt>{t('checklists.step.time')}</dt>
                <dd>{step.time}</dd>
              </div>
            )}
            {step.cost && (
              <div>
                <dt>{t('checklists.step.cost')}</dt>
                <dd>{step.cost}</dd>
              </div>
            )}
          </dl>
        )}
        {step.whereText && (
          <p className="cl-where">
            <strong>{t('checklists.step.where')}:</strong> {step.whereText}
          </p>
        )}
        {step.beforeYouGo && beforeYouGo && (
          // Built from content/notes at build time; raw HTML is refused there, so this holds no script.
          <aside className="before-you-go" role="note" onClick={onNoteClick}>
            <p className="before-you-go-title">
              <strong>{beforeYouGo.title}</strong>
            </p>
            <div dangerouslySetInnerHTML={{ __html: beforeYouGo.html }} />
          </aside>
        )}
        {step.unverified && (
          <p className="unverified" role="note">
            {t('checklists.step.unverified')}{' '}
            <Link href={`/${lang}/rights/free-legal-aid`}>{t('checklists.step.legalAid')}</Link>
          </p>
        )}
        {(categories.length > 0 || points.length > 0 || step.article) && (
        <ul className="cl-links">
          {categories.length > 0 && (
            <li>
              <Link href={`/${lang}/map?category=${categories.join(',')}`}>{t('checklists.step.map', { places })}</Link>
            </li>
          )}
          {points.map((p) => (
            <li key={p}>
              <Link href={`/${lang}/map/${p}`}>{pointNames[p] ?? t('checklists.step.place')}</Link>
            </li>
          ))}
          {step.article && (
            <li>
              <Link href={`/${lang}/rights/${step.article}`}>{t('checklists.step.article', { title: articleTitle ?? step.article })}</Link>
            </li>
          )}
        </ul>
        )}
        <StepNote key={childId} childId={childId} checklistId={checklistId} stepId={step.id} initial={progress?.note ?? ''} />
        <SourcesDisclosure sources={stepSources} className="cl-step-sources" />
      </div>
      {worker && !folded && <WorkerStep lang={worker.lang} step={worker.step} />}
    </li>
  );
}
