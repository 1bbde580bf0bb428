// Forms register text the user has typed but not saved or sent. The update prompt checks
// this before reloading, so an app update never silently eats someone's words.
const dirty = new Set<string>();

export function markUnsaved(id: string, isDirty: boolean): void {
  if (isDirty) dirty.add(id);
  else dirty.delete(id);
}

export function hasUnsavedInput(): boolean {
  return dirty.size > 0;
}
