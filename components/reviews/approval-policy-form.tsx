'use client';
import { useState, useTransition } from 'react';
import { Alert, Button, FormField, Input, useToast } from '@/components/ui';
import { CHANGE_TYPE_LABELS } from '@/components/draft/checklist-status';
import { updateApprovalPolicyAction } from '@/lib/actions/settings/update-approval-policy';
import type { ApprovalPolicy } from '@/lib/reviews/approval-policy';

/** Settings: reviewer approvals each change type needs before a seller may submit it. */
export function ApprovalPolicyForm({ initial, canEdit }: { initial: ApprovalPolicy; canEdit: boolean }) {
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, String(v)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [saving, start] = useTransition();
  const toast = useToast();
  const save = () =>
    start(async () => {
      const res = await updateApprovalPolicyAction(values as never);
      setErrors(res.ok ? {} : (res.fieldErrors ?? {}));
      setFormError(res.ok ? undefined : res.formError);
      if (res.ok) toast.push({ type: 'success', content: 'Approval policy saved.' });
    });
  return (
    <form
      className="max-w-2xl space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <p className="text-sm text-slate-600">
        How many reviewers must approve the exact revision a seller submits. 0 lets a seller submit as soon as
        the checklist is clear. An approval goes out of date with any later edit, and nobody approves a draft
        they wrote or edited.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {Object.keys(initial).map((type) => (
          <FormField
            key={type}
            label={CHANGE_TYPE_LABELS[type] ?? type}
            htmlFor={`approvals-${type}`}
            error={errors[type]}
          >
            <Input
              id={`approvals-${type}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={5}
              value={values[type] ?? '0'}
              onChange={(e) => setValues((v) => ({ ...v, [type]: e.target.value }))}
              disabled={!canEdit}
              invalid={Boolean(errors[type])}
            />
          </FormField>
        ))}
      </div>
      {formError ? <Alert type="error">{formError}</Alert> : null}
      {canEdit ? (
        <Button type="submit" variant="primary" loading={saving}>
          Save approval policy
        </Button>
      ) : (
        <p className="text-sm text-slate-600">Only admins can change the approval policy.</p>
      )}
    </form>
  );
}
