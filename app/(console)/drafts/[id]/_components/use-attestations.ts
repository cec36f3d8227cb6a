'use client';
import { useCallback, useMemo, useState } from 'react';

type Shown = Record<string, { by: string; byName?: string; at: string }>;

/**
 * The wizard's ticked manual rules. The server records who and when from the session on save; the
 * entries made here only show the tick (by the signed-in user, now) until the page is reloaded.
 */
export function useAttestations(stored: Shown, userName: string) {
  const [attestations, setAttestations] = useState(stored);
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
  /** What the autosave sends: only the ids of the confirmed rules. */
  const attested = useMemo(() => Object.keys(attestations).sort(), [attestations]);
  return { attestations, attested, attestedBy, onAttest };
}
