// The one reader of the condition language (docs/content-format.md, "Conditions").
// Content decides who sees what; no component knows anything about a particular checklist.
//
// Three-valued on purpose: a question the family skipped or has not reached is "maybe",
// and maybe never hides a step or a checklist. Missing information must not withhold help.
import { QUESTIONS } from '../../shared/taxonomy.js';

export type Verdict = 'yes' | 'no' | 'maybe';
export type Answers = Readonly<Record<string, string | undefined>>;
export type Condition =
  | { q: string; is: string }
  | { q: string; in: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Marker stored for a question the family chose to skip: not an answer, so "maybe". */
export const SKIPPED = 'skipped';

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The family's answer to `q`, or undefined when there is none that counts: skipped, never
 * asked, or a value this version does not know (an old or hand-edited record).
 */
export function answerOf(answers: Answers, q: string): string | undefined {
  const value = answers[q];
  const allowed = (QUESTIONS as Record<string, string[]>)[q];
  return value !== undefined && allowed?.includes(value) ? value : undefined;
}

export function evaluate(condition: unknown, answers: Answers): Verdict {
  if (condition === undefined || condition === null) return 'yes'; // no condition: always
  if (!isObj(condition)) return 'maybe'; // malformed (the build refuses these): show, don't hide
  if ('all' in condition && Array.isArray(condition.all)) {
    const verdicts = condition.all.map((c) => evaluate(c, answers));
    return verdicts.includes('no') ? 'no' : verdicts.includes('maybe') ? 'maybe' : 'yes';
  }
  if ('any' in condition && Array.isArray(condition.any)) {
    const verdicts = condition.any.map((c) => evaluate(c, answers));
    return verdicts.includes('yes') ? 'yes' : verdicts.includes('maybe') ? 'maybe' : 'no';
  }
  if ('not' in condition) {
    const inner = evaluate(condition.not, answers);
    return inner === 'yes' ? 'no' : inner === 'no' ? 'yes' : 'maybe';
  }
  if (typeof condition.q === 'string') {
    const answer = answerOf(answers, condition.q);
    if (answer === undefined) return 'maybe';
    if (typeof condition.is === 'string') return answer === condition.is ? 'yes' : 'no';
    if (Array.isArray(condition.in)) return condition.in.includes(answer) ? 'yes' : 'no';
  }
  return 'maybe';
}

/** Show / recommend unless the answers rule it out. */
export function applies(condition: unknown, answers: Answers): boolean {
  return evaluate(condition, answers) !== 'no';
}
