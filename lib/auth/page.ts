import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { can, type Permission } from '@/lib/roles';
import { recordAudit } from '@/lib/audit/record';
import { getCurrentUser, type CurrentUser } from './session';

/**
 * For pages (server components): redirects an anonymous visitor to sign-in and answers 403 for a
 * signed-in user without the permission. Layouts do not re-run on navigation, so every page calls this.
 */
export async function requirePageUser(permission: Permission = 'console:read'): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  if (!can(user.roles, permission)) {
    await recordAudit({
      actorId: user.id,
      action: 'open-page',
      outcome: 'denied',
      details: { permission, roles: user.roles },
    });
    forbidden();
  }
  return user;
}
