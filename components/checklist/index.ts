export { ChecklistPanel } from './checklist-panel';
export { ChecklistSummaryBar } from './summary-bar';
