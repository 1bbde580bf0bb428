// /{lang}/checklists/{id}: the steps that apply to the current child, in order, with ticks
// and notes saved on the phone, and a printable summary.
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { db, type ChecklistRecord } from '../../data/db';
import { reads } from '../../data/content';
import { useContent } from '../../data/useContent';
import { checklistReads } from './reads';
import { reportError } from '../../data/errors';
import { useObservable } from '../../data/observable';
import { packStates } from '../../data/packs';
import { LANG_NAMES, type Lang } from '../../shared/langs.js';
import { PackGate } from '../../ui/PackGate';
import { Icon } from '../../ui/Icon';
import { NotFound } from '../../ui/NotFound';
import { SourcesFooter } from '../../ui/SourceLine';
import { Helpful } from '../feedback';
import { ShowQr } from '../share';
import { useCopyIn } from '../../data/useCopyIn';
import { useWorkerLang } from '../outreach';
import { markSeen, toggleStep } from './children';
import { mergeProgress, summarise, visibleSteps } from './progress';
import { useChild } from './useChild';
import { StepItem } from './StepItem';
import { PrintSummary } from './PrintSummary';

/** Titles of the rights articles and names of the map points the steps link to. */
function useLinkedNames(lang: Lang, checklist: ChecklistRecord | null | undefined) {
  return useContent(checklistReads.linkedNames(lang, checklist)) ?? { titles: {}, names: {} };
}

/** The worker's copy of one step, when outreach mode has one (same step id in every language). */
function workerStep(worker: ReturnType<typeof useCopyIn<ChecklistRecord>>, stepId: string) {
  const step = worker?.copy?.steps.find((s) => s.id === stepId);
  return worker && step ? { lang: worker.lang, step } : undefined;
}

function ChecklistBody({ lang, id }: { lang: Lang; id: string }) {
  const { t } = useTranslation();
  // undefined = still reading; null = not in this language's pack.
  const checklist = useContent(reads.checklist(lang, id));
  const child = useChild();
  const childId = child.current?.id;
  // Tagged with the child it belongs to, so a switch never shows one child's ticks under another.
  const loaded = useContent(checklistReads.progress(childId, id));
  const progress = loaded && loaded.childId === childId ? loaded.progress : undefined;
  const { titles, names } = useLinkedNames(lang, checklist);
  const worker = useCopyIn(useWorkerLang(lang), (l) => db.checklists.get([l, id]), [id]);

  // "New" badges are worked out once per visit, then the steps are remembered as seen.
  const visit = `${childId}/${id}`;
  const [fresh, setFresh] = useState<{ visit: string; ids: string[] }>();
  const childAnswers = child.current?.answers;
  useEffect(() => {
    if (!checklist || !childId || progress === undefined || fresh?.visit === visit) return;
    setFresh({ visit, ids: summarise(checklist, progress, childAnswers ?? {}).newStepIds });
    const all = checklist.steps.map((s) => s.id);
    if (!progress || all.some((s) => !progress.seenSteps.includes(s))) markSeen(childId, id, all).catch(reportError);
  }, [checklist, childId, progress, visit, fresh, id, childAnswers]);

  if (checklist === undefined) return null;
  if (checklist === null) return <NotFound lang={lang} />;
  if (!child.current || progress === undefined) return null;

  const answers = child.current.answers;
  const steps = visibleSteps(checklist, answers);
  const merged = mergeProgress(checklist, progress);
  const summary = summarise(checklist, progress, answers);
  const newIds = fresh?.visit === visit ? fresh.ids : [];
  const current = child.current;

  return (
    <article className="cl-page" data-checklist={id}>
      <div className="cl-screen">
        <p className="crumb">
          <Link href={`/${lang}/checklists`}>{t('checklists.title')}</Link>
        </p>
        <h1 tabIndex={-1}>{checklist.title}</h1>
        {worker && (
          <p className="cl-title-other" lang={worker.copy ? worker.lang : undefined} data-testid="worker-title">
            {worker.copy ? worker.copy.title : t('outreach.notDownloaded')}
          </p>
        )}
        <p className="summary">{checklist.summary}</p>
        <p className="cl-for">
          {t('checklists.children.current', { name: current.nickname })}{' '}
          <Link href={`/${lang}/checklists`}>{t('checklists.children.switch')}</Link>
        </p>
        <div className="cl-progress" data-testid="checklist-progress">
          <p id="cl-done">{t('checklists.done', { done: summary.done, total: summary.total })}</p>
          {summary.total > 0 && <progress aria-labelledby="cl-done" value={summary.done} max={summary.total} />}
          <p>
            {summary.next ? (
              <a href={`#s-${summary.next.id}`}>{t('checklists.next', { step: summary.next.title })}</a>
            ) : (
              t('checklists.allDone')
            )}
          </p>
        </div>
        <div className="reading-tools">
          <button type="button" onClick={() => window.print()}>
            <Icon name="print" /> <span>{t('checklists.print')}</span>
          </button>
          <ShowQr path={`/${lang}/checklists/${id}`} title={checklist.title} />
        </div>
        {checklist.translation === 'draft' && (
          <p className="draft-notice" role="note">
            {t('rights.draftTranslation')}
          </p>
        )}
        {worker && (
          <div className="pair pair-langs cl-langs" aria-hidden="true">
            <p className="col-lang">{LANG_NAMES[lang]}</p>
            <p className="col-lang">{LANG_NAMES[worker.lang]}</p>
          </div>
        )}
        <ol className="cl-steps" key={current.id}>
          {steps.map((step) => (
            <StepItem
              key={step.id}
              lang={lang}
              checklistId={id}
              childId={current.id}
              step={step}
              progress={merged.steps[step.id]}
              isNew={newIds.includes(step.id)}
              articleTitle={step.article ? titles[step.article] : undefined}
              pointNames={names}
              sources={checklist.sources}
              beforeYouGo={checklist.beforeYouGo}
              onToggle={(done) => toggleStep(current.id, id, step.id, done)}
              worker={workerStep(worker, step.id)}
            />
          ))}
        </ol>
        <p className="not-advice">{t('rights.notAdvice')}</p>
        <Helpful kind="checklist" target={id} />
        <SourcesFooter reviewed={checklist.reviewed} sources={checklist.sources} />
      </div>
      <PrintSummary lang={lang} title={checklist.title} childName={current.nickname} steps={steps} progress={merged} />
    </article>
  );
}

export function ChecklistPage({ lang, id }: { lang: Lang; id: string }) {
  const { t } = useTranslation();
  const state = useObservable(packStates)[lang];
  if (state !== 'installed') return <PackGate lang={lang} heading={t('checklists.title')}>{null}</PackGate>;
  return <ChecklistBody lang={lang} id={id} />;
}
