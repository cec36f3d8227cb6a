export { ChecklistPanel } from './checklist-panel';
