/** Pure builders: wizard state ⇄ the DetailsDocument shapes of seed 001. Safe in the browser. */
export { buildDetailsDocument, type BuiltDetails } from './details';
export { buildAddedOption, buildMethodDetails, METHOD_DETAILS_KEY } from './option';
export { buildUpdateDetails, changedOptionFields } from './update';
export {
  buildStartChangeSetRequest,
  buildCliCommand,
  changeSetNameOf,
  CONTAINER_PRODUCT_TYPE,
  type StartChangeSetRequest,
} from './request';
export {
  baselineOf,
  entityVersionsOf,
  formFromChange,
  optionFromDocument,
  optionTemplates,
} from './from-entity';
export { fieldForPolicyPath } from './paths';
