'use server';
import { hashPassword } from 'better-auth/crypto';
import { getDb } from '@/lib/db/runtime';
import { setLocalPassword } from '@/lib/db/queries/users';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { resetPasswordSchema } from '@/lib/schemas/auth';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';
import { adminChangeRefused } from './refusal';

export const resetUserPasswordAction = defineAction(
  { name: 'reset-user-password', permission: 'users:manage', schema: resetPasswordSchema },
  async ({ userId, password }, { user: admin }): Promise<ActionResult> => {
    const db = getDb();
    if ((await setLocalPassword(db, userId, await hashPassword(password))) === 'not-found')
      return adminChangeRefused('not-found');
    await createAuditEntry(db, {
      actorId: admin.id,
      action: 'reset-user-password',
      target: userId,
      outcome: 'ok',
    });
    return { ok: true, data: undefined };
  },
);
