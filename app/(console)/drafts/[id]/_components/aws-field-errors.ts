/*
 * An AWS error a "Fix in draft" link names stays at its field only while the field still holds the
 * value AWS rejected. Once the seller changes it, AWS's verdict is stale and the live checklist's
 * verdict on the new value takes its place.
 */

/** An AWS error shown at a form field, with the value the field had when the link opened. */
export interface AwsFieldError {
  message: string;
  rejected: unknown;
}

/** The value at a react-hook-form dot path, e.g. "options.0.images". */
function valueAt(form: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      form,
    );
}

/** The AWS error for `field` as the link names it (`code`, plus the code's advice when known). */
export function awsFieldError(
  field: string | undefined,
  code: string | undefined,
  advice: string | undefined,
  form: unknown,
): Record<string, AwsFieldError> {
  if (!field || !code) return {};
  const message = `AWS reported ${code}${advice ? `: ${advice}` : ''}`;
  return { [field]: { message, rejected: valueAt(form, field) } };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The AWS errors still standing: those whose field holds the rejected value. */
export function standingAwsErrors(
  errors: Record<string, AwsFieldError>,
  form: unknown,
): Record<string, AwsFieldError> {
  return Object.fromEntries(
    Object.entries(errors).filter(([field, e]) => same(valueAt(form, field), e.rejected)),
  );
}
