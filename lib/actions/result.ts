import { AppError, toUserMessage } from '@/lib/errors';
import { log } from '@/lib/server/log';
import type { z } from 'zod';

/** What every server action returns: data, or errors to show at the fields and above the form. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors?: Record<string, string>; formError?: string; code?: string };

/** The failed half of ActionResult (what `failure` and the action wrapper return). */
export type ActionFailure = Extract<ActionResult, { ok: false }>;

export function fieldErrorsFrom(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    out[key] ??= issue.message;
  }
  return out;
}

/** Turns a thrown error into a result a user can read; unexpected ones are logged with a reference id. */
export function failure(err: unknown, action: string): ActionFailure {
  if (err instanceof AppError) return { ok: false, formError: toUserMessage(err), code: err.code };
  // Next's redirect()/notFound() work by throwing: let them through.
  if (
    err &&
    typeof err === 'object' &&
    'digest' in err &&
    String((err as { digest: unknown }).digest).startsWith('NEXT_')
  )
    throw err;
  const requestId = crypto.randomUUID().slice(0, 8);
  log.error('action failed', { action, requestId, error: err });
  return { ok: false, formError: toUserMessage(err, requestId), code: 'INTERNAL' };
}
