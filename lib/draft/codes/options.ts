import type { CodeFacts } from './facts';

/** Asynchronous error codes about delivery options and their common fields. */
export const OPTIONS_CODES = {
  AUDIT_ERROR: {
    decided: 'not-decidable',
    advice:
      'Complete the ISV testing for every compatible Amazon EKS version in the Management Portal, then retry the visibility change.',
    explanation:
      'AWS has not recorded the ISV testing this delivery option needs before it can change visibility.',
    field: 'change.visibility',
  },
  DUPLICATE_COMPATIBLE_AWS_SERVICES: {
    decided: 'rule',
    explanation: 'The same compatible AWS service is listed more than once.',
    field: 'option.services',
  },
  DUPLICATE_DELIVERY_OPTION_IDS: {
    decided: 'rule',
    explanation: 'The same delivery option is named more than once.',
    field: 'change.optionId',
  },
  DUPLICATE_DELIVERY_OPTION_TITLES: {
    decided: 'rule',
    explanation: 'Two delivery options in this version have the same title.',
    field: 'option.title',
  },
  EMPTY_DELIVERY_OPTION_IDS: {
    decided: 'rule',
    explanation: 'No delivery option was named, so there is nothing to change.',
    field: 'change.optionId',
  },
  EMPTY_RESOURCE_NAME: {
    decided: 'rule',
    explanation: 'A deployment resource has no name.',
    field: 'option.resources',
  },
  EMPTY_RESOURCE_URL: {
    decided: 'rule',
    explanation: 'A deployment resource has no URL.',
    field: 'option.resources',
  },
  FIELD_NOT_ALLOWED_TO_CHANGE: {
    decided: 'rule',
    explanation: 'A field that cannot be changed after publishing was included in the update.',
    field: 'change.optionDetails',
  },
  INCOMPATIBLE_SERVICES: {
    decided: 'rule',
    explanation: 'The compatible services listed cannot be combined for this delivery method.',
    field: 'option.services',
  },
  INVALID_DELIVERY_OPTIONS_INPUT: {
    decided: 'rule',
    explanation: 'The delivery options could not be read as given.',
    field: 'change.deliveryOptions',
  },
  INVALID_DELIVERY_OPTIONS_STATUS: {
    decided: 'rule',
    explanation: 'A delivery option is not in a state that allows this change.',
    field: 'change.visibility',
  },
  INVALID_DELIVERY_OPTION_IDS: {
    decided: 'rule',
    explanation: 'A delivery option id does not belong to this product.',
    field: 'change.optionId',
  },
  INVALID_DELIVERY_OPTION_TITLES: {
    decided: 'rule',
    explanation: 'A delivery option with this title already exists on the product.',
    field: 'option.title',
  },
  INVALID_DELIVERY_OPTION_TYPE: {
    decided: 'rule',
    explanation: 'The delivery option type cannot be used here.',
    field: 'change.optionDetails',
  },
  INVALID_DETAILS: {
    decided: 'rule',
    explanation: 'The change’s details could not be read as given.',
    field: 'change.optionDetails',
  },
  INVALID_FULFILLMENT_OPTION_TITLE: {
    decided: 'rule',
    explanation: 'The delivery option title is too long.',
    field: 'option.title',
  },
  INVALID_MINIMUM_PUBLIC_DELIVERY_OPTIONS: {
    decided: 'rule',
    explanation: 'A public product must keep at least one public delivery option.',
    field: 'change.deliveryOptions',
  },
  INVALID_RESOURCE_NAME: {
    decided: 'rule',
    explanation: 'A deployment resource name is too long.',
    field: 'option.resources',
  },
  INVALID_RESOURCE_URL: {
    decided: 'rule',
    explanation: 'A deployment resource URL is too long or not valid.',
    field: 'option.resources',
  },
  INVALID_SHORT_DESCRIPTION: {
    decided: 'rule',
    explanation: 'The description is missing or too long.',
    field: 'option.description',
  },
  INVALID_USAGE_INSTRUCTIONS: {
    decided: 'rule',
    explanation: 'The usage instructions are missing, too long, or contain unsupported characters.',
    field: 'option.usage',
  },
  INVALID_VISIBILITY_STATE: {
    decided: 'rule',
    explanation: 'The requested visibility cannot be set from the option’s current visibility.',
    field: 'change.visibility',
  },
  MISSING_DELIVERY_OPTION_IDS: {
    decided: 'rule',
    explanation: 'A delivery option to change was not given.',
    field: 'change.optionId',
  },
  NO_CHANGE_FOUND: {
    decided: 'rule',
    explanation: 'The update changes nothing: every value equals what is already published.',
    field: 'change.deliveryOptions',
  },
  NO_SERVICE_SPECIFIED: {
    decided: 'rule',
    explanation: 'No compatible AWS service was given.',
    field: 'option.services',
  },
  TOO_MANY_EKS_ADDON_DELIVERY_OPTIONS: {
    decided: 'rule',
    explanation: 'A version may have only one Amazon EKS add-on delivery option.',
    field: 'change.deliveryOptions',
  },
} satisfies Record<string, CodeFacts>;
