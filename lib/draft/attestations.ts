/*
 * Attestations of manual checklist rules, as stored with a draft. Who and when come from the server
 * (the session and its clock); the browser only says which rule ids it confirms.
 */
import { z } from 'zod';

/** One stored attestation: `by` is the user id, `byName` their display name at the time. */
interface StoredAttestation {
  by: string;
  byName: string;
  at: string;
  /** The draft revision the confirmation was saved as. */
  revision: number;
}

export type StoredAttestations = Record<string, StoredAttestation>;

/** What the browser sends: the manual rule ids it confirms (ids it leaves out are un-confirmed). */
export const attestedRuleIdsSchema = z.array(z.string().min(1).max(100)).max(100);

const storedSchema = z.object({
  by: z.string(),
  byName: z.string().optional(),
  at: z.string(),
  revision: z.number().int().optional(),
});

/** Reads the jsonb column defensively: entries that are not attestations are left out. */
export function readAttestations(value: unknown): StoredAttestations {
  const out: StoredAttestations = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [id, v] of Object.entries(value)) {
    const a = storedSchema.safeParse(v);
    if (a.success)
      out[id] = {
        by: a.data.by,
        byName: a.data.byName ?? a.data.by,
        at: a.data.at,
        revision: a.data.revision ?? 0,
      };
  }
  return out;
}

/**
 * The attestations after a save: ids still confirmed keep who confirmed them first, new ids are
 * recorded for `user` at `now` and `revision`, ids no longer sent are dropped.
 */
export function recordAttestations(
  stored: StoredAttestations,
  confirmed: readonly string[],
  p: { user: { id: string; name: string }; now: Date; revision: number },
): StoredAttestations {
  const out: StoredAttestations = {};
  for (const id of confirmed) {
    out[id] = stored[id] ?? {
      by: p.user.id,
      byName: p.user.name,
      at: p.now.toISOString(),
      revision: p.revision,
    };
  }
  return out;
}
