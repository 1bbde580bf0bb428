// "What is your situation?": one question at a time, each with a clear Skip, then a short
// list of the answers with a way to change any of them. The questions and their answers
// come from src/shared/taxonomy.js; the words from content/strings.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTIONS } from '../../shared/taxonomy.js';
import { useHydrated } from '../../ui/useHydrated';
import { answerOf, SKIPPED, type Answers } from './conditions';

const ALLOWED: Readonly<Record<string, string[]>> = QUESTIONS;
export const QUESTION_IDS: readonly string[] = Object.keys(QUESTIONS);

/** Every question has been answered or skipped. */
export const allAsked = (answers: Answers) => QUESTION_IDS.every((q) => answers[q] !== undefined);

interface Props {
  answers: Answers;
  onAnswer: (question: string, value: string) => void;
  onReset: () => void;
}

export function SituationQuestions({ answers, onAnswer, onReset }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  // Prerendered, the buttons show before React is live; a tap then would be lost. Faded and
  // disabled until the app has hydrated (at once on a client render), as Show QR is.
  const live = useHydrated();
  const current = editing ?? QUESTION_IDS.find((q) => answers[q] === undefined);
  const index = current ? QUESTION_IDS.indexOf(current) : -1;
  const questionRef = useRef<HTMLParagraphElement>(null);
  const lastShown = useRef(current);
  // Moving to the next question replaces the content under the finger: move focus with
  // it, so screen readers read the new question (not on first paint).
  useEffect(() => {
    if (current && lastShown.current !== current) questionRef.current?.focus();
    lastShown.current = current;
  }, [current]);

  const answer = (q: string, value: string) => {
    setEditing(null);
    onAnswer(q, value);
  };
  const label = (q: string) => t(`checklists.questions.${q}.label`);
  const answerLabel = (q: string) => {
    const a = answerOf(answers, q);
    return a ? t(`checklists.answers.${q}.${a}`) : t('checklists.skipped');
  };

  return (
    <section className="cl-situation" aria-labelledby="cl-situation-h" data-testid="situation">
      <h2 id="cl-situation-h">{t('checklists.situation')}</h2>
      {current ? (
        <>
          <p>{t('checklists.situationIntro')}</p>
          <div className="cl-question" role="group" aria-labelledby="cl-q-text" data-question={current}>
            <p className="cl-q-count">
              {t('checklists.questionOf', { n: index + 1, total: QUESTION_IDS.length })}
            </p>
            <p id="cl-q-text" className="cl-q-text" ref={questionRef} tabIndex={-1}>
              {label(current)}
            </p>
            <div className="cl-choices">
              {ALLOWED[current].map((value) => (
                <button
                  key={value}
                  type="button"
                  aria-pressed={answers[current] === value}
                  data-answer={value}
                  disabled={!live}
                  onClick={() => answer(current, value)}
                >
                  {t(`checklists.answers.${current}.${value}`)}
                </button>
              ))}
            </div>
            <div className="cl-actions">
              <button type="button" className="cl-skip" data-answer={SKIPPED} disabled={!live} onClick={() => answer(current, SKIPPED)}>
                {t('checklists.skip')}
              </button>
              {index > 0 && (
                <button type="button" onClick={() => setEditing(QUESTION_IDS[index - 1])}>
                  {t('checklists.back')}
                </button>
              )}
            </div>
          </div>
        </>
      ) : (
        <>
          <dl className="cl-answers">
            {QUESTION_IDS.map((q) => (
              <div key={q} data-question={q}>
                <dt>{label(q)}</dt>
                <dd>
                  <span>{answerLabel(q)}</span>
                  <button type="button" onClick={() => setEditing(q)}>
                    {t('checklists.change')}
                    <span className="visually-hidden">: {label(q)}</span>
                  </button>
                </dd>
              </div>
            ))}
          </dl>
          <button type="button" onClick={onReset}>
            {t('checklists.startAgain')}
          </button>
        </>
      )}
    </section>
  );
}
