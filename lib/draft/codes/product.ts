import type { CodeFacts } from './facts';

/** Asynchronous error codes of the product-level change types (release, dimensions, targeting, visibility). */
export const PRODUCT_CODES = {
  EMPTY_TARGET_VISIBILITY: {
    decided: 'not-decidable',
    isOutsideSeed001: true,
    advice: 'Correct what AWS’s message names, then submit again.',
    explanation: 'The visibility change names no target visibility for the product.',
    field: 'change.product',
  },
  IINVALID_TYPE: {
    decided: 'not-decidable',
    isOutsideSeed001: true,
    advice: 'Correct what AWS’s message names, then submit again.',
    explanation: 'A pricing dimension has a type AWS does not accept (AWS spells this code with two I).',
    field: 'change.product',
  },
  INVALID_AWS_ACCOUNT_IDS: {
    decided: 'not-decidable',
    isOutsideSeed001: true,
    advice: 'Correct what AWS’s message names, then submit again.',
    explanation: 'A buyer account id in the allowlist is not a 12-digit AWS account id.',
    field: 'change.product',
  },
  INVALID_DIMENSION: {
    decided: 'not-decidable',
    isOutsideSeed001: true,
    advice: 'Correct what AWS’s message names, then submit again.',
    explanation: 'A pricing dimension is invalid: a key is repeated or there are too many dimensions.',
    field: 'change.product',
  },
  INVALID_PRODUCT_STATE: {
    decided: 'not-decidable',
    isOutsideSeed001: true,
    advice: 'Correct what AWS’s message names, then submit again.',
    explanation: 'The product is not in a state that allows this product-level change.',
    field: 'change.product',
  },
  INVALID_PRODUCT_VISIBILITY: {
    decided: 'not-decidable',
    isOutsideSeed001: true,
    advice: 'Correct what AWS’s message names, then submit again.',
    explanation: 'The allowlist can be changed only while the product is Draft or Limited.',
    field: 'change.product',
  },
  INVALID_REPLACEMENT_PRODUCT_ID: {
    decided: 'not-decidable',
    isOutsideSeed001: true,
    advice: 'Correct what AWS’s message names, then submit again.',
    explanation: 'The replacement product named for a restricted product is not valid.',
    field: 'change.product',
  },
  INVALID_TARGET_VISIBILITY: {
    decided: 'not-decidable',
    isOutsideSeed001: true,
    advice: 'Correct what AWS’s message names, then submit again.',
    explanation: 'The product cannot move from its current visibility to the one requested.',
    field: 'change.product',
  },
  INVALID_UNIT: {
    decided: 'not-decidable',
    isOutsideSeed001: true,
    advice: 'Correct what AWS’s message names, then submit again.',
    explanation: 'A pricing dimension has a unit AWS does not accept.',
    field: 'change.product',
  },
  VALIDATION_FAILED: {
    decided: 'not-decidable',
    isOutsideSeed001: true,
    advice: 'Correct what AWS’s message names, then submit again.',
    explanation: 'The product is missing information that releasing it requires, as AWS’s message lists.',
    field: 'change.product',
  },
} satisfies Record<string, CodeFacts>;
