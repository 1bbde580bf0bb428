// /{lang}/checklists: whose steps (one compact line), then the checklists themselves. Until the
// situation questions are answered, all checklists come first with a link down to the
// questions; once answered, the ones that apply (their `applies` condition) lead, in order.
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { ChecklistRecord, ProgressRecord } from '../../data/db';
import { reads } from '../../data/content';
import { useContent } from '../../data/useContent';
import { checklistReads } from './reads';
import { reportError } from '../../data/errors';
import type { Lang } from '../../shared/langs.js';
import { PackGate } from '../../ui/PackGate';
import type { Answers } from './conditions';
import { recommend, sortChecklists, summarise } from './progress';
import { clearAnswers, saveAnswer } from './children';
import { useChild } from './useChild';
import { ChildPicker } from './ChildPicker';
import { SituationQuestions, allAsked } from './SituationQuestions';

function ChecklistCards({ lang, list, progress, answers }: {
  lang: Lang;
  list: ChecklistRecord[];
  progress: ProgressRecord[];
  answers: Answers;
}) {
  const { t } = useTranslation();
  return (
    <ul className="card-list">
      {list.map((c) => {
        const s = summarise(c, progress.find((p) => p.checklistId === c.id), answers);
        return (
          <li key={c.id}>
            <Link href={`/${lang}/checklists/${c.id}`} className="card" data-checklist={c.id}>
              <span className="card-title">{c.title}</span>
              <span className="card-summary">{c.summary}</span>
              {s.done > 0 && <span className="cl-card-done">{t('checklists.done', { done: s.done, total: s.total })}</span>}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

export function ChecklistsHome({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const child = useChild();
  const childId = child.current?.id;
  const answers: Answers = child.current?.answers ?? {};
  const checklists = useContent(reads.checklists(lang)) ?? [];
  const progress = useContent(checklistReads.progressOf(childId)) ?? [];
  const complete = allAsked(answers);

  const questions = child.current && (
    <SituationQuestions
      answers={answers}
      onAnswer={(q, v) => void saveAnswer(child.current!.id, q, v).catch(reportError)}
      onReset={() => void clearAnswers(child.current!.id).catch(reportError)}
    />
  );
  const recommended = recommend(checklists, answers);
  return (
    <div className="cl-home">
      <h1 tabIndex={-1}>{t('checklists.title')}</h1>
      <p>{t('checklists.intro')}</p>
      <ChildPicker state={child} />
      {!complete && child.current && (
        <p className="cl-to-questions">
          <a href="#cl-situation-h">{t('checklists.situation')}</a> {t('checklists.situationIntro')}
        </p>
      )}
      <PackGate lang={lang}>
        {complete && (
          <section aria-labelledby="cl-rec-h" data-testid="recommended">
            <h2 id="cl-rec-h">{t('checklists.recommended')}</h2>
            {recommended.length ? (
              <>
                <p>{t('checklists.recommendedIntro')}</p>
                <ChecklistCards lang={lang} list={recommended} progress={progress} answers={answers} />
              </>
            ) : (
              <p>{t('checklists.recommendedNone')}</p>
            )}
          </section>
        )}
        <section aria-labelledby="cl-all-h" data-testid="all-checklists">
          <h2 id="cl-all-h">{t('checklists.all')}</h2>
          <ChecklistCards lang={lang} list={sortChecklists(checklists)} progress={progress} answers={answers} />
        </section>
      </PackGate>
      {questions}
    </div>
  );
}
