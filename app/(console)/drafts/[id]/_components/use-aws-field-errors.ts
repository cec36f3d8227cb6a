'use client';
import { useMemo, useState } from 'react';
import { awsFieldError, standingAwsErrors } from './aws-field-errors';

/**
 * The AWS error a "Fix in draft" link shows at its field, until the seller changes that field's
 * value; from then on the field shows the live checklist's verdict, even if the value is changed back.
 */
export function useAwsFieldErrors(
  field: string | undefined,
  code: string | undefined,
  advice: string | undefined,
  values: unknown,
): Record<string, string> {
  const [errors, setErrors] = useState(() => awsFieldError(field, code, advice, values));
  const standing = standingAwsErrors(errors, values);
  // Dropped during render, not in an effect: React re-renders before committing, so the stale error
  // never paints, and `errors` (hence the result) keeps its identity while nothing is dropped.
  if (Object.keys(standing).length !== Object.keys(errors).length) setErrors(standing);
  return useMemo(() => Object.fromEntries(Object.entries(errors).map(([f, e]) => [f, e.message])), [errors]);
}
