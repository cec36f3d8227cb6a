'use server';
import { revalidatePath } from 'next/cache';
import { hashPassword } from 'better-auth/crypto';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/runtime';
import { createLocalUser, getUserByEmail } from '@/lib/db/queries/users';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { createUserSchema } from '@/lib/schemas/auth';
import { failure, fieldErrorsFrom, type ActionResult } from '../result';

export async function createUserAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const admin = await requirePermission('users:manage', 'create-user');
    const parsed = createUserSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
    const db = getDb();
    if (await getUserByEmail(db, parsed.data.email)) {
      return { ok: false, fieldErrors: { email: 'A user with this email already exists.' } };
    }
    const id = await createLocalUser(db, {
      name: parsed.data.name,
      email: parsed.data.email,
      passwordHash: await hashPassword(parsed.data.password),
      roles: parsed.data.roles,
      createdBy: admin.id,
    });
    await createAuditEntry(db, {
      actorId: admin.id,
      action: 'create-user',
      target: id,
      outcome: 'ok',
      details: { roles: parsed.data.roles },
    });
    revalidatePath('/admin/users');
    return { ok: true, data: { id } };
  } catch (err) {
    return failure(err, 'create-user');
  }
}
