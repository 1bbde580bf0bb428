// The family's checklist data on the phone: children (nicknames only), their situation
// answers and their progress. User tables only, so a pack import never touches them.
// Every read-modify-write runs in one transaction, so a fast double tap or two tabs
// cannot lose a tick or a note.
import { db, type ChildRecord, type ProgressRecord, type StepProgress } from '../../data/db';

/** Settings key of the child whose steps are shown. */
export const CURRENT_CHILD_KEY = 'checklistsChild';
const MAX_NICKNAME = 40;

const now = () => new Date().toISOString();
const cleanName = (nickname: string) => nickname.trim().slice(0, MAX_NICKNAME);

function newId(): string {
  // randomUUID needs a secure context; the fallback keeps plain-http test servers working.
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export async function listChildren(): Promise<ChildRecord[]> {
  return (await db.children.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The chosen child, else the oldest one, else none. */
export async function currentChild(): Promise<ChildRecord | undefined> {
  const id = (await db.settings.get(CURRENT_CHILD_KEY))?.value;
  const chosen = typeof id === 'string' ? await db.children.get(id) : undefined;
  return chosen ?? (await listChildren())[0];
}

export async function setCurrentChild(id: string): Promise<void> {
  await db.settings.put({ key: CURRENT_CHILD_KEY, value: id });
}

export async function createChild(nickname: string): Promise<ChildRecord> {
  const child: ChildRecord = { id: newId(), nickname: cleanName(nickname), createdAt: now(), answers: {} };
  await db.transaction('rw', db.children, db.settings, async () => {
    await db.children.add(child);
    await db.settings.put({ key: CURRENT_CHILD_KEY, value: child.id });
  });
  return child;
}

/**
 * The current child, creating the first one (under `nickname`) if there is none yet.
 * One transaction: two screens asking at once still make one child.
 */
export async function ensureCurrentChild(nickname: string): Promise<ChildRecord> {
  return db.transaction('rw', db.children, db.settings, async () => {
    const existing = await currentChild();
    if (existing) return existing;
    return createChild(nickname);
  });
}

export async function renameChild(id: string, nickname: string): Promise<void> {
  const name = cleanName(nickname);
  if (name) await db.children.update(id, { nickname: name });
}

/** "Clear this child's data": the child, its answers and all its progress, together. */
export async function removeChild(id: string): Promise<void> {
  await db.transaction('rw', db.children, db.progress, db.settings, async () => {
    await db.progress.where('childId').equals(id).delete();
    await db.children.delete(id);
    const current = await db.settings.get(CURRENT_CHILD_KEY);
    if (current?.value === id) await db.settings.delete(CURRENT_CHILD_KEY);
  });
}

export async function saveAnswer(childId: string, question: string, value: string): Promise<void> {
  await db.transaction('rw', db.children, async () => {
    const child = await db.children.get(childId);
    if (child) await db.children.update(childId, { answers: { ...child.answers, [question]: value } });
  });
}

export async function clearAnswers(childId: string): Promise<void> {
  await db.children.update(childId, { answers: {} });
}

export async function getProgress(childId: string, checklistId: string): Promise<ProgressRecord | undefined> {
  return db.progress.get([childId, checklistId]);
}

/** Read, change and write one progress record in a single transaction. */
async function updateProgress(childId: string, checklistId: string, change: (p: ProgressRecord) => void): Promise<void> {
  await db.transaction('rw', db.progress, async () => {
    const p = (await db.progress.get([childId, checklistId])) ?? { childId, checklistId, steps: {}, seenSteps: [], updatedAt: now() };
    change(p);
    p.updatedAt = now();
    await db.progress.put(p);
  });
}

const stepOf = (p: ProgressRecord, stepId: string): StepProgress => (p.steps[stepId] ??= { done: false });

export async function toggleStep(childId: string, checklistId: string, stepId: string, done: boolean): Promise<void> {
  await updateProgress(childId, checklistId, (p) => {
    const step = stepOf(p, stepId);
    step.done = done;
    if (done) step.doneAt = now();
    else delete step.doneAt;
  });
}

export async function saveNote(childId: string, checklistId: string, stepId: string, note: string): Promise<void> {
  await updateProgress(childId, checklistId, (p) => {
    const step = stepOf(p, stepId);
    if (note.trim()) step.note = note;
    else delete step.note;
  });
}

/** Remember that the family has been shown these steps: they are no longer "new". */
export async function markSeen(childId: string, checklistId: string, stepIds: readonly string[]): Promise<void> {
  await updateProgress(childId, checklistId, (p) => {
    const seen = new Set(p.seenSteps);
    for (const id of stepIds) seen.add(id);
    p.seenSteps = [...seen];
  });
}
