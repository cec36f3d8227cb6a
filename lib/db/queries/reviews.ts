import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { draftReview } from '../schema';

export type DraftReviewRow = typeof draftReview.$inferSelect;

export async function createDraftReview(
  db: Db,
  r: {
    draftId: string;
    draftRevision: number;
    verdict: 'approved' | 'changes-requested';
    comment: string;
    reviewerId: string;
    reviewerName: string;
  },
): Promise<DraftReviewRow> {
  const [row] = await db.insert(draftReview).values(r).returning();
  return row!;
}

/** Every review of the given drafts, newest first. */
export async function listDraftReviews(db: Db, draftIds: string[]): Promise<DraftReviewRow[]> {
  if (!draftIds.length) return [];
  return db
    .select()
    .from(draftReview)
    .where(inArray(draftReview.draftId, draftIds))
    .orderBy(desc(draftReview.createdAt));
}

export async function getLatestDraftReview(db: Db, draftId: string): Promise<DraftReviewRow | undefined> {
  const [row] = await db
    .select()
    .from(draftReview)
    .where(eq(draftReview.draftId, draftId))
    .orderBy(desc(draftReview.createdAt))
    .limit(1);
  return row;
}
