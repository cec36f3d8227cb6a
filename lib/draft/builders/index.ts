/** Pure builders: wizard state ⇄ the DetailsDocument shapes of seed 001. Safe in the browser. */
export { buildDetailsDocument } from './details';
export { buildStartChangeSetRequest, buildCliCommand } from './request';
export { baselineOf, formFromChange, optionTemplates } from './from-entity';
export { fieldForPolicyPath } from './paths';
