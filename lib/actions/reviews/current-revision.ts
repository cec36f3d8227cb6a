import { AppError } from '@/lib/errors';

/** The refusal when someone acts on a revision that is no longer the draft's current one. */
export function currentRevisionConflict(current: number, act: string): AppError {
  return new AppError(
    'CONFLICT',
    `The draft is now at revision ${current}. Reload to read revision ${current}, then ${act} again.`,
    { currentRevision: current },
  );
}
