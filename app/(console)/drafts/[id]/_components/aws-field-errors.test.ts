import { describe, expect, it } from 'vitest';
import { emptyOption, emptyWizardForm } from '@/lib/draft/form';
import { awsFieldError, standingAwsErrors } from './aws-field-errors';

const form = (images: string[]) => ({
  ...emptyWizardForm('AddDeliveryOptions'),
  options: [{ ...emptyOption('helm', 'k'), images }],
});

describe('AWS errors at a field', () => {
  const rejected = form(['r/app:latest']);
  const errors = awsFieldError('options.0.images', 'INVALID_CONTAINER_IMAGE_TAG', 'Tag it.', rejected);

  it('shows the code and its advice while the field holds the rejected value', () => {
    expect(standingAwsErrors(errors, rejected)).toEqual({
      'options.0.images': {
        message: 'AWS reported INVALID_CONTAINER_IMAGE_TAG: Tag it.',
        rejected: ['r/app:latest'],
      },
    });
    expect(standingAwsErrors(errors, form(['r/app:latest']))).toHaveProperty('options.0.images');
  });

  it('steps aside as soon as the value changes, even to another wrong value', () => {
    expect(standingAwsErrors(errors, form(['r/app:1.0.0']))).toEqual({});
    expect(standingAwsErrors(errors, form(['r/app:latest', 'r/other:latest']))).toEqual({});
  });

  it('needs both a field and a code', () => {
    expect(awsFieldError(undefined, 'X', undefined, rejected)).toEqual({});
    expect(awsFieldError('versionTitle', undefined, undefined, rejected)).toEqual({});
    expect(awsFieldError('versionTitle', 'X', undefined, rejected)).toEqual({
      versionTitle: { message: 'AWS reported X', rejected: '' },
    });
  });
});
