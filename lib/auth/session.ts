import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { AppError } from '@/lib/errors';
import { getDb } from '@/lib/db/runtime';
import { getUserRoles } from '@/lib/db/queries/users';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { can, isRole, type Permission, type Role } from '@/lib/roles';
import { getAuth } from './auth';

/** The signed-in user as the rest of the app sees it (a DTO, never a database row). */
export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

/**
 * The data-access layer's view of who is asking. Roles come from the database on every request, so
 * a role removed by an admin takes effect at once, whatever the cookie says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const roles = (await getUserRoles(getDb(), session.user.id)).filter(isRole);
  return { id: session.user.id, name: session.user.name, email: session.user.email, roles };
});

async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Your session has ended. Sign in again.');
  return user;
}

/** Throws FORBIDDEN (and records the denied attempt) unless the user holds a role that grants `permission`. */
export async function requirePermission(permission: Permission, action?: string): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user.roles, permission)) {
    await createAuditEntry(getDb(), {
      actorId: user.id,
      action: action ?? permission,
      outcome: 'denied',
      details: { permission, roles: user.roles },
    }).catch(() => undefined);
    throw new AppError('FORBIDDEN', 'Your role does not allow this action.');
  }
  return user;
}
