import { describe, expect, it } from 'vitest';
import { WIZARD_CHANGE_TYPES } from '@/lib/policy';
import {
  approvalBlock,
  approvalPolicySchema,
  readApprovalPolicy,
  DEFAULT_APPROVAL_POLICY,
} from './approval-policy';
import type { ReviewState, ReviewStateKind } from './state';

const state = (kind: ReviewStateKind, approvals = 0): ReviewState => ({
  kind,
  approvals,
  approvers: [],
  revision: 2,
  by: 'Rita',
});

describe('approval policy', () => {
  it('needs nothing by default, whatever the review state', () => {
    for (const t of WIZARD_CHANGE_TYPES)
      for (const k of ['not-requested', 'in-review', 'changes-requested', 'out-of-date'] as const)
        expect(approvalBlock(DEFAULT_APPROVAL_POLICY, t, state(k))).toBeUndefined();
  });

  it('blocks each change type below its count and passes at or above it (matrix)', () => {
    const policy = { ...DEFAULT_APPROVAL_POLICY, AddDeliveryOptions: 2, RestrictDeliveryOptions: 1 };
    const cases: [string, number, boolean][] = [
      ['AddDeliveryOptions', 0, true],
      ['AddDeliveryOptions', 1, true],
      ['AddDeliveryOptions', 2, false],
      ['AddDeliveryOptions', 3, false],
      ['RestrictDeliveryOptions', 0, true],
      ['RestrictDeliveryOptions', 1, false],
      ['AddRepositories', 0, false],
      ['UpdateDeliveryOptions', 0, false],
    ];
    for (const [type, have, blocked] of cases)
      expect(
        Boolean(approvalBlock(policy, type, state(have ? 'approved' : 'in-review', have))),
        `${type} ${have}`,
      ).toBe(blocked);
  });

  it('says why and who can unblock', () => {
    const policy = { ...DEFAULT_APPROVAL_POLICY, AddDeliveryOptions: 1 };
    const b = approvalBlock(policy, 'AddDeliveryOptions', state('out-of-date'))!;
    expect(b).toMatchObject({ needed: 1, have: 0 });
    expect(b.message).toContain('needs 1 reviewer approval before it can be submitted; it has 0');
    expect(b.message).toContain('approval of revision 2 is out of date');
    expect(b.message).toContain('A reviewer');
    expect(approvalBlock(policy, 'AddDeliveryOptions', state('changes-requested'))!.message).toContain(
      'Rita requested changes on revision 2',
    );
  });

  it('reads a stored policy defensively and validates the form', () => {
    expect(readApprovalPolicy({ AddDeliveryOptions: 2, AddRepositories: 'x', Other: 9 })).toEqual({
      ...DEFAULT_APPROVAL_POLICY,
      AddDeliveryOptions: 2,
    });
    expect(readApprovalPolicy(null)).toEqual(DEFAULT_APPROVAL_POLICY);
    const bad = approvalPolicySchema.safeParse({ ...DEFAULT_APPROVAL_POLICY, AddDeliveryOptions: 9 });
    expect(bad.success).toBe(false);
    expect(
      approvalPolicySchema.parse({ ...DEFAULT_APPROVAL_POLICY, AddRepositories: '1' }).AddRepositories,
    ).toBe(1);
  });
});
