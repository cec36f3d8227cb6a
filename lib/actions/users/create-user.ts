'use server';
import { revalidatePath } from 'next/cache';
import { hashPassword } from 'better-auth/crypto';
import { getDb } from '@/lib/db/runtime';
import { createLocalUser, getUserByEmail } from '@/lib/db/queries/users';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { createUserSchema } from '@/lib/schemas/auth';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

export const createUserAction = defineAction(
  { name: 'create-user', permission: 'users:manage', schema: createUserSchema },
  async (input, { user: admin }): Promise<ActionResult<{ id: string }>> => {
    const db = getDb();
    if (await getUserByEmail(db, input.email)) {
      return { ok: false, fieldErrors: { email: 'A user with this email already exists.' } };
    }
    const id = await createLocalUser(db, {
      name: input.name,
      email: input.email,
      passwordHash: await hashPassword(input.password),
      roles: input.roles,
      createdBy: admin.id,
    });
    await createAuditEntry(db, {
      actorId: admin.id,
      action: 'create-user',
      target: id,
      outcome: 'ok',
      details: { roles: input.roles },
    });
    revalidatePath('/admin/users');
    return { ok: true, data: { id } };
  },
);
