import 'server-only';
import type { Db } from '@/lib/db/client';
import { listDrafts, type DraftListItem } from '@/lib/db/queries/drafts';
import type { ProductSnapshot } from '@/lib/policy';
import type { ReviewState } from '@/lib/reviews/state';
import { loadReviewStates } from './review-states';
import { loadProductSnapshot, verdictOfStoredDraft } from './stored-draft';

export type DraftWithVerdict = DraftListItem & { review: ReviewState };

/**
 * Drafts with their checklist counts. An open draft is evaluated now, against its product as it is
 * (one DescribeEntity per product); a submitted one keeps the counts the server stored at its last
 * save, since its own change set has since changed the product. Each carries its review state.
 */
export async function listDraftsWithCounts(
  db: Db,
  params: Parameters<typeof listDrafts>[1] = {},
): Promise<DraftWithVerdict[]> {
  const rows = await listDrafts(db, params);
  const reviews = await loadReviewStates(db, rows);
  const open = [...new Set(rows.filter((d) => d.status === 'open').map((d) => d.productId))];
  const snapshots = new Map<string, ProductSnapshot | undefined>(
    await Promise.all(open.map(async (id) => [id, await loadProductSnapshot(id)] as const)),
  );
  return rows.map(({ data, charts, attestations, ...d }) => ({
    ...d,
    checklist:
      d.status === 'open'
        ? verdictOfStoredDraft({ ...d, data, charts, attestations }, snapshots.get(d.productId)).counts
        : d.checklist,
    review: reviews.get(d.id)!,
  }));
}
