'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db/runtime';
import { setUserRoles } from '@/lib/db/queries/users';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { setRolesSchema } from '@/lib/schemas/auth';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';
import { adminChangeRefused } from './refusal';

export const setUserRolesAction = defineAction(
  { name: 'set-user-roles', permission: 'users:manage', schema: setRolesSchema },
  async ({ userId, roles }, { user: admin }): Promise<ActionResult> => {
    const db = getDb();
    // The data layer never leaves the console without an admin, even under concurrent changes.
    const result = await setUserRoles(db, userId, [...new Set(roles)], admin.id);
    if (!result.ok) return adminChangeRefused(result.reason);
    await createAuditEntry(db, {
      actorId: admin.id,
      action: 'set-user-roles',
      target: userId,
      outcome: 'ok',
      details: { before: result.before, after: roles },
    });
    revalidatePath('/admin/users');
    return { ok: true, data: undefined };
  },
);
