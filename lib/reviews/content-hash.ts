/*
 * What an approval is bound to: a hash of the revision's request content (the StartChangeSet request
 * the draft builds), the charts it was checked with and the confirmations given. Any edit that could
 * change what AWS receives, or what the checklist said about it, changes the hash.
 */
import { createHash } from 'node:crypto';
import { readAttestations } from '@/lib/draft/attestations';
import { readStoredCharts } from '@/lib/draft/charts';
import { buildStartChangeSetRequest } from '@/lib/draft/builders';
import { readWizardForm, type WizardChangeType } from '@/lib/draft/form';

/** The stored draft columns the content hash reads. */
export interface HashedDraft {
  productId: string;
  productTitle: string;
  changeType: string;
  data: unknown;
  charts: unknown;
  attestations: unknown;
}

/** JSON with object keys sorted at every level, so equal content always serializes alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function contentHash(draft: HashedDraft): string {
  const form = readWizardForm(draft.data, draft.changeType as WizardChangeType);
  const request = buildStartChangeSetRequest(form, { id: draft.productId, title: draft.productTitle });
  const charts = Object.fromEntries(
    Object.entries(readStoredCharts(draft.charts)).map(([key, c]) => [key, c.sha256]),
  );
  const attested = Object.keys(readAttestations(draft.attestations)).sort();
  return createHash('sha256').update(canonicalJson({ request, charts, attested })).digest('hex');
}
