/*
 * How many reviewer approvals each change type needs before a seller may submit it (Settings, admin).
 * 0 for every type is the default and keeps submission open to sellers as soon as the checklist is clear.
 */
import { z } from 'zod';
import { WIZARD_CHANGE_TYPES } from '@/lib/policy';
import type { ReviewState } from './state';

export const APPROVAL_POLICY_SETTING_KEY = 'reviews.approval-policy';
export const MAX_APPROVALS = 5;

type ChangeType = (typeof WIZARD_CHANGE_TYPES)[number];
export type ApprovalPolicy = Record<ChangeType, number>;

const count = z.coerce
  .number({ error: 'Enter a number from 0 to 5.' })
  .int('Enter a whole number.')
  .min(0, 'Enter a number from 0 to 5.')
  .max(MAX_APPROVALS, `At most ${MAX_APPROVALS} approvals can be required.`);

export const approvalPolicySchema = z.object(
  Object.fromEntries(WIZARD_CHANGE_TYPES.map((t) => [t, count])) as Record<ChangeType, typeof count>,
);

export const DEFAULT_APPROVAL_POLICY = Object.fromEntries(
  WIZARD_CHANGE_TYPES.map((t) => [t, 0]),
) as ApprovalPolicy;

/** The stored setting, read defensively: a missing or bad entry means 0 for that type. */
export function readApprovalPolicy(value: unknown): ApprovalPolicy {
  const out = { ...DEFAULT_APPROVAL_POLICY };
  if (!value || typeof value !== 'object') return out;
  for (const t of WIZARD_CHANGE_TYPES) {
    const n = count.safeParse((value as Record<string, unknown>)[t]);
    if (n.success) out[t] = n.data;
  }
  return out;
}

export interface ApprovalBlock {
  needed: number;
  have: number;
  /** Why submission is blocked and who can unblock it, in one sentence each. */
  message: string;
}

/** Undefined when the revision has the approvals its change type needs; otherwise why not. */
export function approvalBlock(
  policy: ApprovalPolicy,
  changeType: string,
  state: ReviewState,
): ApprovalBlock | undefined {
  const needed = policy[changeType as ChangeType] ?? 0;
  const have = state.approvals;
  if (have >= needed) return undefined;
  const approvals = `${needed} reviewer approval${needed === 1 ? '' : 's'}`;
  const why =
    state.kind === 'changes-requested'
      ? ` ${state.by ?? 'A reviewer'} requested changes on revision ${state.revision}.`
      : state.kind === 'out-of-date'
        ? ` The approval of revision ${state.revision} is out of date: the draft changed after it.`
        : state.kind === 'in-review'
          ? ' Review has been requested and is waiting for a reviewer.'
          : state.kind === 'not-requested'
            ? ' A product manager requests review from the draft’s Review step.'
            : '';
  return {
    needed,
    have,
    message: `This revision needs ${approvals} before it can be submitted; it has ${have}.${why} A reviewer (someone other than the draft’s author) approves it on the Reviews page.`,
  };
}
