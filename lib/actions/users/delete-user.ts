'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db/runtime';
import { deleteUser } from '@/lib/db/queries/users';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { deleteUserSchema } from '@/lib/schemas/auth';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';
import { adminChangeRefused } from './refusal';

export const deleteUserAction = defineAction(
  { name: 'delete-user', permission: 'users:manage', schema: deleteUserSchema },
  async ({ userId }, { user: admin }): Promise<ActionResult> => {
    if (userId === admin.id) return { ok: false, formError: 'You cannot delete your own account.' };
    const db = getDb();
    const outcome = await deleteUser(db, userId);
    if (outcome !== 'ok') return adminChangeRefused(outcome);
    await createAuditEntry(db, {
      actorId: admin.id,
      action: 'delete-user',
      target: userId,
      outcome: 'ok',
    });
    revalidatePath('/admin/users');
    return { ok: true, data: undefined };
  },
);
