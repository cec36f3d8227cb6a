/** Zod schemas of each change type's DetailsDocument, shaped as seed 001 documents them. */
export * from './change-types';
export * from './delivery-option-details';
export { changeSchema, startChangeSetSchema, parseChangeDetails } from './change-set';
