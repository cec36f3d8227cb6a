import { AppError } from '@/lib/errors';

/**
 * Maps SDK exceptions (by `err.name`, as the SDK chooses the class by name) to AppError codes with
 * messages fit for a user. Service validation messages are quoted because they explain the fix;
 * stack traces and transport details never are.
 */
export function toAppError(err: unknown, what = 'The Catalog API request'): AppError {
  if (err instanceof AppError) return err;
  const e = err as {
    name?: string;
    message?: string;
    code?: string;
    $metadata?: { httpStatusCode?: number };
    $retryable?: { throttling?: boolean };
  };
  const name = e?.name ?? '';
  const serviceMessage = clean(e?.message);
  if (TIMEOUT_NAMES.has(name) || TIMEOUT_NAMES.has(e?.code ?? ''))
    return new AppError(
      'TIMEOUT',
      'The Catalog API did not answer in time. Your work is kept; try again shortly.',
      {
        cause: name || e?.code,
      },
    );
  // AWS and the SDK name throttling several ways; a 429 is throttling whatever its name.
  if (THROTTLING_NAMES.has(name) || e?.$metadata?.httpStatusCode === 429 || e?.$retryable?.throttling)
    return new AppError(
      'THROTTLED',
      'AWS Marketplace is limiting requests right now. Your work is kept; try again in a minute.',
    );
  switch (name) {
    case 'ResourceNotFoundException':
      return new AppError('NOT_FOUND', `${what} failed: the item was not found in AWS Marketplace.`, {
        serviceMessage,
      });
    case 'ResourceInUseException':
      return new AppError(
        'BUSY',
        'The product is busy with another change set. Try again when it finishes.',
        { serviceMessage },
      );
    case 'ValidationException':
      return new AppError(
        'INVALID_INPUT',
        `AWS Marketplace rejected the request: ${serviceMessage || 'a value is not valid.'}`,
        { serviceMessage },
      );
    case 'AccessDeniedException':
      return new AppError(
        'FORBIDDEN',
        'The AWS credentials this console uses are not allowed to do that. Ask your administrator to check the IAM policy.',
      );
    case 'ServiceQuotaExceededException':
      return new AppError(
        'BUSY',
        'Your account has too many open change sets. Wait for some to finish, then try again.',
      );
    case 'ResourceNotSupportedException':
      return new AppError('INVALID_INPUT', 'AWS Marketplace does not support this kind of entity here.');
    case 'InternalServiceException':
      return new AppError(
        'UNAVAILABLE',
        'AWS Marketplace had an internal error. Your work is kept; try again shortly.',
      );
    default:
      return new AppError(
        'UNAVAILABLE',
        'The Catalog API cannot be reached right now. Your work is kept; try again shortly.',
        {
          cause: name || e?.code || 'unknown',
        },
      );
  }
}

/** A per-attempt timeout (node-http-handler), the call's deadline (abortSignal), or the socket's. */
const TIMEOUT_NAMES = new Set([
  'TimeoutError',
  'AbortError',
  'ETIMEDOUT',
  'RequestTimeout',
  'RequestTimeoutException',
]);

/** The throttling names the SDK's own retry strategy recognises (@smithy/service-error-classification). */
const THROTTLING_NAMES = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'LimitExceededException',
  'PriorThrottledException',
  'SlowDown',
]);

function clean(message: string | undefined): string {
  if (!message) return '';
  return message.replace(/\s+/g, ' ').trim().slice(0, 400);
}
