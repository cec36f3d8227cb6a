'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db/runtime';
import { countUsersWithRole, getUserRoles, setUserRoles } from '@/lib/db/queries/users';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { setRolesSchema } from '@/lib/schemas/auth';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

export const setUserRolesAction = defineAction(
  { name: 'set-user-roles', permission: 'users:manage', schema: setRolesSchema },
  async ({ userId, roles }, { user: admin }): Promise<ActionResult> => {
    const db = getDb();
    const before = await getUserRoles(db, userId);
    // Never leave the console without an admin.
    if (
      before.includes('admin') &&
      !roles.includes('admin') &&
      (await countUsersWithRole(db, 'admin')) <= 1
    ) {
      return { ok: false, formError: 'This is the last admin. Give another user the admin role first.' };
    }
    await setUserRoles(db, userId, [...new Set(roles)], admin.id);
    await createAuditEntry(db, {
      actorId: admin.id,
      action: 'set-user-roles',
      target: userId,
      outcome: 'ok',
      details: { before, after: roles },
    });
    revalidatePath('/admin/users');
    return { ok: true, data: undefined };
  },
);
