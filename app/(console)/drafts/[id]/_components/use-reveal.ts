'use client';
import { useMemo, useState } from 'react';
import { useFormState, type Control } from 'react-hook-form';
import type { WizardForm } from '@/lib/draft/form';
import { pendingFinding } from '@/lib/draft/reveal-findings';

/**
 * Which error findings wait as "to complete": those on fields the seller has not touched (and that
 * are empty), until the Review step is reached or a submit / Next-with-errors asked to show all
 * (`showAll`). A read-only draft shows everything.
 */
export function useReveal(p: {
  control: Control<WizardForm>;
  values: WizardForm;
  optionIndex: readonly number[];
  stepId: string;
  showAll: boolean;
  isEditable: boolean;
}) {
  const { touchedFields } = useFormState({ control: p.control });
  const [reviewSeen, setReviewSeen] = useState(false);
  // Adjusting state while rendering (React's pattern for "remember that this happened").
  if (p.stepId === 'review' && !reviewSeen) setReviewSeen(true);
  const revealAll = p.showAll || reviewSeen || !p.isEditable;
  // touchedFields may be mutated in place: key the memo on its text.
  const touchedText = JSON.stringify(touchedFields);
  const valuesText = JSON.stringify(p.values);
  const { optionIndex } = p;
  const state = useMemo(
    () => ({
      touched: JSON.parse(touchedText) as unknown,
      values: JSON.parse(valuesText) as unknown,
      revealAll,
    }),
    [touchedText, valuesText, revealAll],
  );
  const isPending = useMemo(() => pendingFinding(state, optionIndex), [state, optionIndex]);
  return { isPending: revealAll ? undefined : isPending, revealAll };
}
