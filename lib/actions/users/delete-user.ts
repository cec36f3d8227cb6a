'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/runtime';
import { deleteUser } from '@/lib/db/queries/users';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { failure, type ActionResult } from '../result';

const schema = z.object({ userId: z.string().min(1).max(100) });

export async function deleteUserAction(input: unknown): Promise<ActionResult> {
  try {
    const admin = await requirePermission('users:manage', 'delete-user');
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, formError: 'Choose a user to delete.' };
    if (parsed.data.userId === admin.id)
      return { ok: false, formError: 'You cannot delete your own account.' };
    const db = getDb();
    await deleteUser(db, parsed.data.userId);
    await createAuditEntry(db, {
      actorId: admin.id,
      action: 'delete-user',
      target: parsed.data.userId,
      outcome: 'ok',
    });
    revalidatePath('/admin/users');
    return { ok: true, data: undefined };
  } catch (err) {
    return failure(err, 'delete-user');
  }
}
