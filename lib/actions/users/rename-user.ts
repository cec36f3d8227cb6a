'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db/runtime';
import { renameUser } from '@/lib/db/queries/users';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { renameUserSchema } from '@/lib/schemas/auth';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';
import { adminChangeRefused } from './refusal';

/** The only way a name changes: approvals and lists show it, so users cannot set their own. */
export const renameUserAction = defineAction(
  { name: 'rename-user', permission: 'users:manage', schema: renameUserSchema },
  async ({ userId, name }, { user: admin }): Promise<ActionResult> => {
    const db = getDb();
    if ((await renameUser(db, userId, name)) === 'not-found') return adminChangeRefused('not-found');
    await createAuditEntry(db, { actorId: admin.id, action: 'rename-user', target: userId, outcome: 'ok' });
    revalidatePath('/admin/users');
    return { ok: true, data: undefined };
  },
);
