/**
 * Typed application errors. Anything user-visible goes through `toUserMessage`, so stack traces, SDK
 * text and SQL never reach a browser.
 */
export type AppErrorCode =
  | 'NOT_FOUND'
  | 'BUSY'
  | 'INVALID_INPUT'
  | 'THROTTLED'
  | 'TIMEOUT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'UNAVAILABLE'
  | 'CONFLICT'
  | 'INTERNAL';

/** An error whose message is safe to show to a user. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    public readonly code: AppErrorCode,
    message: string,
    public readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const GENERIC: Record<AppErrorCode, string> = {
  NOT_FOUND: 'That item no longer exists.',
  BUSY: 'The product is busy with another change set. Try again when it finishes.',
  INVALID_INPUT: 'Some values are not valid. Check the highlighted fields.',
  THROTTLED: 'AWS Marketplace is limiting requests right now. Your work is kept; try again in a minute.',
  TIMEOUT: 'The Catalog API did not answer in time. Your work is kept; try again shortly.',
  FORBIDDEN: 'Your role does not allow this action.',
  UNAUTHENTICATED: 'Your session has ended. Sign in again.',
  UNAVAILABLE: 'The Catalog API cannot be reached right now. Your work is kept; try again shortly.',
  CONFLICT: 'Someone else changed this in the meantime.',
  INTERNAL: 'Something went wrong on our side.',
};

/** The message to show for any thrown value. Unknown errors become a generic message quoting `requestId`. */
export function toUserMessage(err: unknown, requestId?: string): string {
  if (err instanceof AppError) return err.message || GENERIC[err.code];
  const suffix = requestId ? ` (reference ${requestId})` : '';
  return `${GENERIC.INTERNAL}${suffix}`;
}

export function isAppError(err: unknown, code?: AppErrorCode): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code);
}
