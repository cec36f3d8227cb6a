'use server';
import { hashPassword } from 'better-auth/crypto';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/runtime';
import { setLocalPassword } from '@/lib/db/queries/users';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { resetPasswordSchema } from '@/lib/schemas/auth';
import { failure, fieldErrorsFrom, type ActionResult } from '../result';

export async function resetUserPasswordAction(input: unknown): Promise<ActionResult> {
  try {
    const admin = await requirePermission('users:manage', 'reset-user-password');
    const parsed = resetPasswordSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
    const db = getDb();
    await setLocalPassword(db, parsed.data.userId, await hashPassword(parsed.data.password));
    await createAuditEntry(db, {
      actorId: admin.id,
      action: 'reset-user-password',
      target: parsed.data.userId,
      outcome: 'ok',
    });
    return { ok: true, data: undefined };
  } catch (err) {
    return failure(err, 'reset-user-password');
  }
}
