// The children on this phone and the one whose steps are shown, live from Dexie so every
// screen (and another tab) follows a switch, rename or delete at once.
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildRecord } from '../../data/db';
import { reportError } from '../../data/errors';
import { useContent } from '../../data/useContent';
import { ensureCurrentChild } from './children';
import { checklistReads } from './reads';

export interface ChildState {
  children: ChildRecord[];
  current?: ChildRecord;
  /** false until the first read from the database has finished */
  loaded: boolean;
}

/** "Child 1", "Child 2"…: the next number (after the children there are) no child is called. */
export function useSuggestedName() {
  const { t } = useTranslation();
  return useCallback(
    (children: readonly ChildRecord[]) => {
      const taken = new Set(children.map((c) => c.nickname));
      let n = children.length + 1;
      while (taken.has(t('checklists.children.suggested', { n }))) n++;
      return t('checklists.children.suggested', { n });
    },
    [t],
  );
}

export function useChild(): ChildState {
  const suggest = useSuggestedName();
  const state = useContent(checklistReads.children());
  // Progress always belongs to a child: give the family a first one, under a neutral
  // nickname they can change, rather than making them fill in a form before anything else.
  const missing = state !== undefined && !state.current;
  useEffect(() => {
    if (missing) ensureCurrentChild(suggest([])).catch(reportError); // one transaction: never two "Child 1"
  }, [missing, suggest]);
  return { children: state?.children ?? [], current: state?.current, loaded: state !== undefined && !missing };
}
