'use client';

import { memo } from 'react';
import { AlertTriangleIcon, CheckCircleIcon, ClockIcon, InfoIcon, XCircleIcon } from '@/components/ui/icons';
import {
  formatAttestedAt,
  sameResult,
  type ShownResult,
  type ShownStatus,
} from '@/lib/checklist/group-results';

/* Status is always icon plus text, never colour alone. */
const STATUS = {
  fail: { label: 'Error', Icon: XCircleIcon, color: 'text-red-600' },
  todo: { label: 'To complete', Icon: ClockIcon, color: 'text-slate-600' },
  warn: { label: 'Warning', Icon: AlertTriangleIcon, color: 'text-amber-600' },
  manual: { label: 'To confirm', Icon: InfoIcon, color: 'text-blue-700' },
  attested: { label: 'Confirmed', Icon: CheckCircleIcon, color: 'text-green-700' },
  pass: { label: 'Passed', Icon: CheckCircleIcon, color: 'text-green-700' },
  'n/a': { label: 'Not applicable', Icon: InfoIcon, color: 'text-slate-500' },
} as const;

export interface ChecklistItemProps {
  result: ShownResult;
  /** Stable callbacks (the panel keeps them stable so memoised items skip re-rendering). */
  onFocusField(path: string): void;
  onAttest?(ruleId: string, checked: boolean): void;
  /** The delivery option a finding is about ("Delivery option “Helm”"), from its path. */
  optionOf?(path: string): string | undefined;
  attestedBy?: { byName: string; at: string };
  readOnly?: boolean;
}

function StatusLabel({ status }: { status: ShownStatus }) {
  const { label, Icon, color } = STATUS[status];
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 font-medium ${color}`}>
      <Icon />
      <span>{label}</span>
    </span>
  );
}

function Item({ result, onFocusField, onAttest, optionOf, attestedBy, readOnly }: ChecklistItemProps) {
  const { rule, status, findings } = result;
  if (status === 'manual' || status === 'attested') {
    const id = `attest-${rule.id}`;
    const who =
      attestedBy ??
      (result.attestation ? { byName: result.attestation.by, at: result.attestation.at } : undefined);
    const disabled = readOnly || !onAttest;
    return (
      <li className="flex items-start gap-2 py-1.5">
        <input
          id={id}
          type="checkbox"
          className="mt-0.5 size-4 shrink-0 accent-blue-700"
          checked={status === 'attested'}
          disabled={disabled}
          onChange={(e) => onAttest?.(rule.id, e.currentTarget.checked)}
          aria-describedby={`${id}-note`}
        />
        <div className="min-w-0">
          <label htmlFor={id} className="text-slate-900">
            {rule.title}
          </label>
          <p id={`${id}-note`} className="text-[13px] text-slate-600">
            <StatusLabel status={status} />
            {who && status === 'attested'
              ? ` by ${who.byName} on ${formatAttestedAt(who.at)}`
              : ` · ${rule.source.document}`}
          </p>
        </div>
      </li>
    );
  }
  if (status === 'pass') {
    return (
      <li className="flex items-start gap-2 py-1 text-slate-700">
        <StatusLabel status={status} />
        <span>{rule.title}</span>
      </li>
    );
  }
  return (
    <li className="py-1">
      <ul className="space-y-1">
        {findings.map((f, i) => {
          const option = optionOf?.(f.path);
          return (
            <li key={`${f.path}#${i}`}>
              <button
                type="button"
                onClick={() => onFocusField(f.path)}
                className="w-full rounded-md px-2 py-1.5 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700"
              >
                <span className="flex items-start gap-2">
                  <StatusLabel status={f.pending ? 'todo' : status} />
                  <span className="font-medium text-slate-900">{rule.title}</span>
                </span>
                <span className="mt-0.5 block text-slate-800">
                  {option ? <span className="font-medium">{option}: </span> : null}
                  {f.message}
                </span>
                {(f.fix ?? rule.fix) && (
                  <span className="mt-0.5 block text-[13px] text-slate-600">Fix: {f.fix ?? rule.fix}</span>
                )}
                {f.code && (
                  <span className="mt-0.5 block font-mono text-xs text-slate-500">Prevents {f.code}</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/** One rule's line in the checklist; skips re-rendering while its result is unchanged. */
export const ChecklistItem = memo(
  Item,
  (a, b) =>
    sameResult(a.result, b.result) &&
    a.onFocusField === b.onFocusField &&
    a.onAttest === b.onAttest &&
    a.optionOf === b.optionOf &&
    a.readOnly === b.readOnly &&
    a.attestedBy?.byName === b.attestedBy?.byName &&
    a.attestedBy?.at === b.attestedBy?.at,
);
