'use server';
import { revalidatePath } from 'next/cache';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { updateSetting } from '@/lib/db/queries/settings';
import { getDb } from '@/lib/db/runtime';
import { APPROVAL_POLICY_SETTING_KEY, approvalPolicySchema } from '@/lib/reviews/approval-policy';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

/** Admins set how many reviewer approvals each change type needs before a seller may submit it. */
export const updateApprovalPolicyAction = defineAction(
  { name: 'update-approval-policy', permission: 'settings:edit', schema: approvalPolicySchema },
  async (policy, { user }): Promise<ActionResult> => {
    const db = getDb();
    await updateSetting(db, APPROVAL_POLICY_SETTING_KEY, policy, user.id);
    await createAuditEntry(db, {
      actorId: user.id,
      action: 'update-approval-policy',
      outcome: 'ok',
      details: policy,
    });
    revalidatePath('/settings');
    revalidatePath('/drafts');
    return { ok: true, data: undefined };
  },
);
