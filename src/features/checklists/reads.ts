// The checklist pages' reads of the family's data, with their snapshot keys (src/data/snapshot.ts):
// the boot code reads them before hydrating a prerendered checklist page, and the build fills
// the same keys with a fresh phone's state (one child, "Child 1", nothing ticked).
import { db, type ChecklistRecord, type ChildRecord, type ProgressRecord } from '../../data/db';
import type { ContentRead } from '../../data/snapshot';
import type { Lang } from '../../shared/langs.js';
import { currentChild, listChildren } from './children';

export interface ChildrenState {
  children: ChildRecord[];
  current?: ChildRecord;
}
export interface ProgressOf {
  childId: string;
  progress: ProgressRecord | null;
}
export interface LinkedNames {
  titles: Record<string, string>;
  names: Record<string, string>;
}

/** The rights articles and map points a checklist's steps link to. */
export function linkedIds(checklist: Pick<ChecklistRecord, 'steps'> | null | undefined) {
  const slugs = [...new Set(checklist?.steps.flatMap((s) => (s.article ? [s.article] : [])) ?? [])];
  const pointIds = [...new Set(checklist?.steps.flatMap((s) => s.where.points) ?? [])];
  return { slugs, pointIds };
}

export const checklistReads = {
  children: (): ContentRead<ChildrenState> => ({
    key: 'checklists/children',
    query: async () => ({ children: await listChildren(), current: await currentChild() }),
    deps: [],
  }),
  /** All progress records of one child (the checklists list). */
  progressOf: (childId: string | undefined): ContentRead<ProgressRecord[]> => ({
    key: `progress/${childId}`,
    query: async () => (childId ? db.progress.where('childId').equals(childId).toArray() : []),
    deps: [childId],
  }),
  /** One checklist's progress, tagged with its child (so a switch never shows another's ticks). */
  progress: (childId: string | undefined, checklistId: string): ContentRead<ProgressOf | undefined> => ({
    key: `progress/${childId}/${checklistId}`,
    query: async () => (childId ? { childId, progress: (await db.progress.get([childId, checklistId])) ?? null } : undefined),
    deps: [childId, checklistId],
  }),
  linkedNames: (lang: Lang, checklist: ChecklistRecord | null | undefined): ContentRead<LinkedNames> => {
    const { slugs, pointIds } = linkedIds(checklist);
    return {
      key: `links/${lang}/${checklist?.id}`,
      query: async () => {
        const [articles, points] = await Promise.all([
          db.articles.bulkGet(slugs.map((s) => [lang, s] as [Lang, string])),
          db.points.bulkGet(pointIds.map((p) => [lang, p] as [Lang, string])),
        ]);
        const titles: Record<string, string> = {};
        const names: Record<string, string> = {};
        for (const a of articles) if (a) titles[a.slug] = a.title;
        for (const p of points) if (p) names[p.id] = p.name;
        return { titles, names };
      },
      deps: [lang, `${slugs.join()}|${pointIds.join()}`],
    };
  },
};
