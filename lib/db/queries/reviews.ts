import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { draftReview, draftReviewRequest } from '../schema';
import type { ReviewEvent } from '@/lib/reviews/state';

export type DraftReviewRow = typeof draftReview.$inferSelect;
export type ReviewRequestRow = typeof draftReviewRequest.$inferSelect;

export async function createDraftReview(
  db: Db,
  r: {
    draftId: string;
    draftRevision: number;
    contentHash: string;
    verdict: 'approved' | 'changes-requested';
    comment: string;
    reviewerId: string;
    reviewerName: string;
  },
): Promise<DraftReviewRow> {
  const [row] = await db.insert(draftReview).values(r).returning();
  return row!;
}

export async function createReviewRequest(
  db: Db,
  r: {
    draftId: string;
    draftRevision: number;
    contentHash: string;
    note: string;
    requestedBy: string;
    requestedByName: string;
  },
): Promise<ReviewRequestRow> {
  const [row] = await db.insert(draftReviewRequest).values(r).returning();
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

/** Review requests of one draft, newest first. */
export async function listReviewRequests(db: Db, draftId: string): Promise<ReviewRequestRow[]> {
  return db
    .select()
    .from(draftReviewRequest)
    .where(eq(draftReviewRequest.draftId, draftId))
    .orderBy(desc(draftReviewRequest.createdAt));
}

/** Requests and verdicts of the given drafts, oldest first, by draft. */
export async function listReviewEvents(db: Db, draftIds: string[]): Promise<Map<string, ReviewEvent[]>> {
  const out = new Map<string, ReviewEvent[]>(draftIds.map((id) => [id, []]));
  if (!draftIds.length) return out;
  const [verdicts, requests] = await Promise.all([
    db
      .select()
      .from(draftReview)
      .where(inArray(draftReview.draftId, draftIds))
      .orderBy(asc(draftReview.createdAt)),
    db
      .select()
      .from(draftReviewRequest)
      .where(inArray(draftReviewRequest.draftId, draftIds))
      .orderBy(asc(draftReviewRequest.createdAt)),
  ]);
  for (const v of verdicts)
    out.get(v.draftId)?.push({
      kind: 'verdict',
      verdict: v.verdict as 'approved' | 'changes-requested',
      draftRevision: v.draftRevision,
      contentHash: v.contentHash,
      userId: v.reviewerId,
      userName: v.reviewerName,
      comment: v.comment,
      at: v.createdAt,
    });
  for (const r of requests)
    out.get(r.draftId)?.push({
      kind: 'request',
      draftRevision: r.draftRevision,
      contentHash: r.contentHash,
      userId: r.requestedBy,
      userName: r.requestedByName,
      comment: r.note,
      at: r.createdAt,
    });
  return out;
}
