'use server';
import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/runtime';
import { countUsersWithRole, getUserRoles, setUserRoles } from '@/lib/db/queries/users';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { setRolesSchema } from '@/lib/schemas/auth';
import { failure, fieldErrorsFrom, type ActionResult } from '../result';

export async function setUserRolesAction(input: unknown): Promise<ActionResult> {
  try {
    const admin = await requirePermission('users:manage', 'set-user-roles');
    const parsed = setRolesSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
    const db = getDb();
    const { userId, roles } = parsed.data;
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
  } catch (err) {
    return failure(err, 'set-user-roles');
  }
}
