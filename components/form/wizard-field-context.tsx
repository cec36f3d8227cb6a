'use client';
import { createContext, useContext } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { revealedAt, valueAtPath } from '@/lib/draft/reveal-findings';
import { useHeldWhilePressed } from './use-held-while-pressed';

/** What the wizard knows about each field beyond react-hook-form: checklist findings, AWS errors, locks. */
export interface WizardFieldInfo {
  /** First checklist finding per form field. */
  findings: Record<string, string>;
  /** Error findings about one listed image, by field and image URI (shown at the image's row). */
  imageFindings?: Record<string, Record<string, string>>;
  /** Fields whose text is too large to save (the rest of the draft still saves). */
  saveErrors?: Record<string, string>;
  /** Errors AWS reported for a field (deep link from a failed change set). */
  awsErrors: Record<string, string>;
  /** Locked fields with the reason. */
  locked: Record<string, string>;
  /** Show findings on untouched, empty fields too (Review reached, Next or Submit pressed). */
  showAll: boolean;
  readOnly: boolean;
}

export const WizardFieldContext = createContext<WizardFieldInfo>({
  findings: {},
  awsErrors: {},
  locked: {},
  showAll: false,
  readOnly: false,
});

/** The error to show under a field, its lock reason, and whether it is editable. */
export function useWizardField(name: string) {
  const info = useContext(WizardFieldContext);
  const { control } = useFormContext();
  const { touchedFields, errors } = useFormState({ control, name });
  const value: unknown = useWatch({ control, name });
  const rhf = valueAtPath(errors, name) as { message?: string } | undefined;
  const finding = info.findings[name];
  // A message that appears on blur waits for the pointer to be released, so a click is never lost.
  const error = useHeldWhilePressed(
    info.awsErrors[name] ??
      info.saveErrors?.[name] ??
      rhf?.message ??
      (finding && revealedAt(valueAtPath(touchedFields, name), value, info.showAll) ? finding : undefined),
  );
  const lockReason = info.locked[name];
  return {
    error,
    rowErrors: info.imageFindings?.[name] ?? {},
    lockReason,
    disabled: info.readOnly || Boolean(lockReason),
  };
}
