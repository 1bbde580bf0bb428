// Checklists: the start screen (situation questions, children) and one checklist.
export { ChecklistsHome } from './ChecklistsHome';
export { ChecklistPage } from './ChecklistPage';
// For the shell's boot and build-time prerender: the first-render reads, and the first child.
export { checklistReads, linkedIds, type ChildrenState, type ProgressOf, type LinkedNames } from './reads';
export { ensureCurrentChild } from './children';
