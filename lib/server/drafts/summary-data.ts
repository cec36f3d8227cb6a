import 'server-only';
import type { Db } from '@/lib/db/client';
import { getDraft, type DraftRow } from '@/lib/db/queries/drafts';
import { listRepositoryImages } from '@/lib/catalog/registry';
import { readAttestations } from '@/lib/draft/attestations';
import { readStoredCharts } from '@/lib/draft/charts';
import { readWizardForm, type WizardChangeType } from '@/lib/draft/form';
import { buildComplianceSummary, type ComplianceSummary } from '@/lib/reviews/summary';
import { loadProductSnapshot, verdictOfStoredDraft } from './stored-draft';

/**
 * The compliance summary of a stored draft revision: its one verdict against the live product, the
 * registry's scan status of its images, and who asked when (the session and the server's clock).
 */
export async function summaryOfStoredDraft(
  draft: DraftRow,
  user: { id: string; name: string },
): Promise<ComplianceSummary> {
  const [snapshot, registry] = await Promise.all([
    loadProductSnapshot(draft.productId),
    listRepositoryImages(draft.productId),
  ]);
  return buildComplianceSummary({
    draft,
    verdict: verdictOfStoredDraft(draft, snapshot),
    form: readWizardForm(draft.data, draft.changeType as WizardChangeType),
    charts: readStoredCharts(draft.charts),
    attestations: readAttestations(draft.attestations),
    registry,
    generatedAt: new Date(),
    generatedBy: { id: user.id, name: user.name },
  });
}

/** The summary of a draft by id, or undefined when there is no such draft. */
export async function loadComplianceSummary(
  db: Db,
  id: string,
  user: { id: string; name: string },
): Promise<ComplianceSummary | undefined> {
  const draft = /^[0-9a-f-]{36}$/i.test(id) ? await getDraft(db, id) : undefined;
  return draft ? summaryOfStoredDraft(draft, user) : undefined;
}
