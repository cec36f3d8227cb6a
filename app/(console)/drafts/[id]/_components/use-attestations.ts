'use client';
import { useCallback, useMemo, useState } from 'react';
import type { DraftWizardProps } from './draft-types';

type Attestations = DraftWizardProps['draft']['attestations'];

/** The manual rules the seller confirms in the checklist: kept, sent with autosave, shown with who and when. */
export function useAttestations(initial: Attestations, userName: string) {
  const [attestations, setAttestations] = useState(initial);

  const onAttest = useCallback(
    (ruleId: string, checked: boolean) => {
      setAttestations((a) => {
        const { [ruleId]: _drop, ...rest } = a;
        return checked
          ? { ...a, [ruleId]: { by: userName, byName: userName, at: new Date().toISOString() } }
          : rest;
      });
    },
    [userName],
  );

  const attestedBy = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(attestations).map(([k, v]) => [k, { byName: v.byName ?? v.by, at: v.at }]),
      ),
    [attestations],
  );
  return { attestations, onAttest, attestedBy };
}
