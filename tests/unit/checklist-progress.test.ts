// Where a child has got to in a checklist: order, which steps show for which answers, and
// what happens to saved progress when the content changes. Persistence goes through the
// real repository on fake-indexeddb.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, openDb } from '../../src/data/db';
import { mergeProgress, recommend, sortChecklists, summarise, visibleSteps, documentsToBring } from '../../src/features/checklists/progress';
import * as repo from '../../src/features/checklists/children';
import { step, checklist } from '../fixtures/checklists';


const birth = checklist('register-birth', 10, [
  step('hospital-paper', { when: { q: 'birthPlace', is: 'hospital' }, documents: ['Hospital paper'] }),
  step('home-legal-aid', { when: { q: 'birthPlace', is: 'home' } }),
  step('apply', { documents: ['Passport', 'Hospital paper'] }),
  step('copy'),
]);

beforeEach(async () => {
  await Promise.all([db.children.clear(), db.progress.clear(), db.settings.clear()]);
});

describe('order and visibility', () => {
  const school = checklist('enrol-school', 30, [step('s')], { q: 'childAge', in: ['7to13', '14to15'] });
  const kindergarten = checklist('kindergarten', 20, [step('k')], { q: 'childAge', in: ['under1', '1to6'] });
  const always = checklist('polyclinic', 40, [step('p')]);
  const all = [always, school, birth, kindergarten];

  it('lists checklists by their order, whatever order they are stored in', () => {
    expect(sortChecklists(all).map((c) => c.id)).toEqual(['register-birth', 'kindergarten', 'enrol-school', 'polyclinic']);
  });

  it('recommends, in order, the checklists whose `applies` the answers do not rule out', () => {
    expect(recommend(all, {}).map((c) => c.id)).toEqual(['register-birth', 'kindergarten', 'enrol-school', 'polyclinic']);
    expect(recommend(all, { childAge: '7to13' }).map((c) => c.id)).toEqual(['register-birth', 'enrol-school', 'polyclinic']);
    expect(recommend(all, { childAge: 'under1' }).map((c) => c.id)).toEqual(['register-birth', 'kindergarten', 'polyclinic']);
  });

  it('keeps steps in content order and shows every step while questions are unanswered', () => {
    expect(visibleSteps(birth, {}).map((s) => s.id)).toEqual(['hospital-paper', 'home-legal-aid', 'apply', 'copy']);
    expect(visibleSteps(birth, { birthPlace: 'skipped' }).map((s) => s.id)).toHaveLength(4);
  });

  it('hides the steps the answers rule out', () => {
    expect(visibleSteps(birth, { birthPlace: 'home' }).map((s) => s.id)).toEqual(['home-legal-aid', 'apply', 'copy']);
    expect(visibleSteps(birth, { birthPlace: 'hospital' }).map((s) => s.id)).toEqual(['hospital-paper', 'apply', 'copy']);
  });
});

describe('summarise', () => {
  it('counts visible steps only and points to the first one not done', () => {
    const progress = { steps: { 'home-legal-aid': { done: true }, apply: { done: true } }, seenSteps: ['x'] };
    expect(summarise(birth, progress, {})).toMatchObject({ done: 2, total: 4, next: { id: 'hospital-paper' } });
    // Ticked but hidden by the answers: not counted.
    expect(summarise(birth, progress, { birthPlace: 'hospital' })).toMatchObject({ done: 1, total: 3, next: { id: 'hospital-paper' } });
    const finished = { steps: { 'hospital-paper': { done: true }, apply: { done: true }, copy: { done: true } }, seenSteps: [] };
    expect(summarise(birth, finished, { birthPlace: 'hospital' })).toMatchObject({ done: 3, total: 3, next: undefined });
  });

  it('marks nothing as new on the first visit', () => {
    expect(summarise(birth, null, {}).newStepIds).toEqual([]);
    expect(summarise(birth, { steps: {}, seenSteps: [] }, {}).newStepIds).toEqual([]);
  });

  it('lists documents to bring for steps still to do, each once', () => {
    expect(documentsToBring(visibleSteps(birth, {}), { steps: {} })).toEqual(['Hospital paper', 'Passport']);
    expect(documentsToBring(visibleSteps(birth, {}), { steps: { 'hospital-paper': { done: true } } })).toEqual(['Passport', 'Hospital paper']);
  });
});

describe('progress on the phone (repository)', () => {
  it('keeps ticks and notes across a reload, and after a content update that adds and removes steps', async () => {
    const child = await repo.ensureCurrentChild('Child 1');
    const v1 = checklist('register-birth', 10, [step('a'), step('b'), step('c')]);
    await repo.markSeen(child.id, v1.id, v1.steps.map((s) => s.id));
    await repo.toggleStep(child.id, v1.id, 'a', true);
    await repo.toggleStep(child.id, v1.id, 'c', true);
    await repo.saveNote(child.id, v1.id, 'b', 'Ask about the hospital paper');

    // A "reload": a new connection to the same database.
    const reopened = openDb();
    const saved = await reopened.progress.get([child.id, v1.id]);
    reopened.close();
    expect(saved?.steps).toMatchObject({ a: { done: true }, b: { done: false, note: 'Ask about the hospital paper' }, c: { done: true } });

    // Content update: c is removed, d is added between a and b.
    const v2 = checklist('register-birth', 10, [step('a'), step('d'), step('b')]);
    const summary = summarise(v2, saved, {});
    expect(summary).toMatchObject({ done: 1, total: 3, next: { id: 'd' }, newStepIds: ['d'] });
    expect(Object.keys(mergeProgress(v2, saved).steps).sort()).toEqual(['a', 'b']); // c dropped quietly
    expect(mergeProgress(v2, saved).steps.b.note).toBe('Ask about the hospital paper');

    // Once seen, d is no longer new.
    await repo.markSeen(child.id, v2.id, v2.steps.map((s) => s.id));
    expect(summarise(v2, await repo.getProgress(child.id, v2.id), {}).newStepIds).toEqual([]);
  });

  it('unticking clears the done date', async () => {
    const child = await repo.ensureCurrentChild('Child 1');
    await repo.toggleStep(child.id, 'x', 'a', true);
    expect((await repo.getProgress(child.id, 'x'))?.steps.a.doneAt).toBeTruthy();
    await repo.toggleStep(child.id, 'x', 'a', false);
    expect((await repo.getProgress(child.id, 'x'))?.steps.a).toEqual({ done: false });
  });

  it('keeps each child apart, and "clear this child" removes only that child, its answers and progress', async () => {
    const first = await repo.ensureCurrentChild('Child 1');
    expect((await repo.ensureCurrentChild('ignored')).id).toBe(first.id); // never a second "first" child
    await repo.saveAnswer(first.id, 'bornInKz', 'yes');
    await repo.toggleStep(first.id, 'register-birth', 'a', true);
    const second = await repo.createChild('  Child 2  ');
    expect(second.nickname).toBe('Child 2');
    expect((await repo.currentChild())?.id).toBe(second.id); // a new child becomes current
    await repo.toggleStep(second.id, 'register-birth', 'b', true);
    expect(await repo.getProgress(second.id, 'register-birth')).toMatchObject({ steps: { b: { done: true } } });
    expect((await repo.getProgress(second.id, 'register-birth'))?.steps.a).toBeUndefined();

    await repo.renameChild(first.id, 'Aru');
    await repo.removeChild(second.id);
    expect((await repo.listChildren()).map((c) => [c.nickname, c.answers])).toEqual([['Aru', { bornInKz: 'yes' }]]);
    expect(await db.progress.where('childId').equals(second.id).count()).toBe(0);
    expect(await repo.getProgress(first.id, 'register-birth')).toMatchObject({ steps: { a: { done: true } } });
    expect((await repo.currentChild())?.id).toBe(first.id); // falls back to the child that is left
  });

  it('does not lose ticks made at the same moment', async () => {
    const child = await repo.ensureCurrentChild('Child 1');
    await Promise.all(['a', 'b', 'c', 'd'].map((s) => repo.toggleStep(child.id, 'x', s, true)));
    expect(Object.keys((await repo.getProgress(child.id, 'x'))!.steps).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
