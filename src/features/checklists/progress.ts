// Pure checklist logic: which steps and checklists apply, and where a child has got to.
// No Dexie, no React, so it is tested line by line (tests/unit/checklist-progress.test.ts).
//
// Progress is stored by step id and survives content updates. The content decides what
// exists: a tick on a step that was removed is ignored (kept on the phone, in case the
// step comes back, but never shown or counted); a step id the family has not seen is "new".
import type { ChecklistRecord, ChecklistStep, ProgressRecord, StepProgress } from '../../data/db';
import { applies, type Answers } from './conditions';

type ChecklistLike = Pick<ChecklistRecord, 'id' | 'order' | 'applies' | 'steps'>;
type ProgressLike = Pick<ProgressRecord, 'steps' | 'seenSteps'>;

/** Steps in content order, without those the answers rule out (unanswered = shown). */
export function visibleSteps<C extends Pick<ChecklistRecord, 'steps'>>(checklist: C, answers: Answers): ChecklistStep[] {
  return checklist.steps.filter((s) => applies(s.when, answers));
}

/** All checklists by `order` (id breaks ties, so the list never reshuffles). */
export function sortChecklists<C extends Pick<ChecklistRecord, 'id' | 'order'>>(list: readonly C[]): C[] {
  return [...list].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The checklists that apply to this child, in order. */
export function recommend<C extends ChecklistLike>(list: readonly C[], answers: Answers): C[] {
  return sortChecklists(list).filter((c) => applies(c.applies, answers));
}

/** Progress limited to the steps the content still has. */
export function mergeProgress(checklist: Pick<ChecklistRecord, 'steps'>, progress: ProgressLike | null | undefined): ProgressLike {
  const ids = new Set(checklist.steps.map((s) => s.id));
  const steps: Record<string, StepProgress> = {};
  for (const [id, p] of Object.entries(progress?.steps ?? {})) if (ids.has(id)) steps[id] = p;
  return { steps, seenSteps: (progress?.seenSteps ?? []).filter((id) => ids.has(id)) };
}

export interface Summary {
  done: number;
  total: number;
  /** The first visible step not done yet: what to do next. */
  next?: ChecklistStep;
  /** Visible steps added to the content since the family last opened this checklist. */
  newStepIds: string[];
}

export function summarise(
  checklist: Pick<ChecklistRecord, 'steps'>,
  progress: ProgressLike | null | undefined,
  answers: Answers,
): Summary {
  const merged = mergeProgress(checklist, progress);
  const visible = visibleSteps(checklist, answers);
  const isDone = (s: ChecklistStep) => merged.steps[s.id]?.done === true;
  // Raw seenSteps, not merged: "seen" is about what the family was shown, whatever changed since.
  // Nothing is "new" before the family has seen the checklist once: every step would be.
  const seen = new Set(progress?.seenSteps ?? []);
  return {
    done: visible.filter(isDone).length,
    total: visible.length,
    next: visible.find((s) => !isDone(s)),
    newStepIds: seen.size ? visible.filter((s) => !seen.has(s.id)).map((s) => s.id) : [],
  };
}

/** Documents to bring for the steps still to do, each once, in step order. */
export function documentsToBring(steps: readonly ChecklistStep[], progress: Pick<ProgressRecord, 'steps'> | null | undefined): string[] {
  const out: string[] = [];
  for (const s of steps) {
    if (progress?.steps[s.id]?.done) continue;
    for (const d of s.documents) if (!out.includes(d)) out.push(d);
  }
  return out;
}
