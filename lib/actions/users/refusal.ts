import { AppError } from '@/lib/errors';
import type { AdminChangeRefusal } from '@/lib/db/queries/users';
import type { ActionFailure } from '../result';

/** What an admin sees when a role change or deletion was refused by the data layer. */
export function adminChangeRefused(reason: AdminChangeRefusal): ActionFailure {
  if (reason === 'not-found') throw new AppError('NOT_FOUND', 'That user no longer exists. Reload the list.');
  return { ok: false, formError: 'This is the last admin. Give another user the admin role first.' };
}
