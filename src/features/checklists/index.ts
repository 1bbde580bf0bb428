// Checklists: the start screen (situation questions, children) and one checklist.
export { ChecklistsHome } from './ChecklistsHome';
export { ChecklistPage } from './ChecklistPage';
