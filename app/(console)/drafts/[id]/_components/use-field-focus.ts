'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { stepOfField, type WizardDefinition } from '@/components/wizard/steps';

function focusElement(field: string) {
  const el =
    document.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`) ??
    document.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`);
  el?.scrollIntoView({ block: 'center' });
  el?.focus();
}

/**
 * Focuses a form field, moving to its step first. Once anything was focused this way, findings
 * show on untouched fields too (`showAll`). `deepLink` is focused once, on arrival.
 */
export function useFieldFocus(
  def: WizardDefinition,
  steps: { current: number; goTo: (i: number) => void },
  deepLink: string | undefined,
) {
  const { current, goTo } = steps;
  const [showAll, setShowAll] = useState(false);
  // A field on another step exists only after that step renders: focus it when `current` changes.
  const pending = useRef<string | undefined>(undefined);

  const focusField = useCallback(
    (field: string | undefined) => {
      if (!field) return;
      setShowAll(true);
      const target = stepOfField(def, field);
      if (target === current) return focusElement(field);
      pending.current = field;
      goTo(target);
    },
    [def, goTo, current],
  );

  useEffect(() => {
    const field = pending.current;
    if (field && stepOfField(def, field) === current) {
      pending.current = undefined;
      focusElement(field);
    }
  }, [def, current]);

  const deepLinked = useRef(false);
  useEffect(() => {
    if (deepLinked.current || !deepLink) return;
    deepLinked.current = true;
    focusField(deepLink);
  }, [deepLink, focusField]);

  return { focusField, showAll };
}
