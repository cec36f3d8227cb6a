export { ChecklistPanel, type ChecklistPanelProps } from './checklist-panel';
export { groupResults, countsMessage, type ChecklistSection } from './group-results';
