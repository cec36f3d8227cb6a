'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { stepIndexOf, type WizardDefinition } from '@/components/wizard/steps';

const owns = (fields: readonly string[], f: string) => fields.some((x) => f === x || f.startsWith(`${x}.`));

/**
 * Which step is shown: `?step=` (or the page's initial step), clamped to the furthest step the
 * checklist lets the seller reach. Moving keeps the URL in step and puts focus on the new step's
 * heading (attach `headingRef`), so keyboard and screen-reader users start at the top of the step.
 */
export function useWizardSteps(
  def: WizardDefinition,
  p: { isEditable: boolean; findings: Record<string, string>; initialStep?: string },
) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const last = def.steps.length - 1;
  const fieldsWithFindings = Object.keys(p.findings);
  const firstInvalid = def.steps.findIndex((s) => fieldsWithFindings.some((f) => owns(s.fields, f)));
  const furthest = !p.isEditable || firstInvalid < 0 ? last : firstInvalid;
  const fromUrl = params.get('step') ?? p.initialStep;
  const requested = fromUrl ? stepIndexOf(def, fromUrl) : p.isEditable ? 0 : last;
  const [override, setOverride] = useState<number>();
  const current = override ?? Math.min(requested, furthest);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    headingRef.current?.focus();
  }, [current]);

  const goTo = useCallback(
    (i: number) => {
      moved.current = true;
      setOverride(i);
      router.replace(`${pathname}?step=${def.steps[i]!.id}`, { scroll: false });
      window.scrollTo({ top: 0 });
    },
    [def.steps, pathname, router],
  );

  const step = def.steps[current]!;
  /** The first field of the current step the checklist flags. */
  const firstFindingOnStep = fieldsWithFindings.find((f) => owns(step.fields, f));
  return { current, last, furthest, step, goTo, firstFindingOnStep, headingRef };
}
