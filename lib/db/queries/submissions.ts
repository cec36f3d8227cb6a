import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { submission } from '../schema';

export type SubmissionRow = typeof submission.$inferSelect;

/**
 * Records the intent to submit one draft revision with a token generated now. Exactly one caller's
 * row survives (unique draft + revision); every caller gets that row back, so every caller uses the
 * same ClientRequestToken.
 */
export async function createSubmission(
  db: Db,
  s: {
    draftId: string;
    draftRevision: number;
    productId: string;
    clientRequestToken: string;
    request: unknown;
    submittedBy: string;
  },
): Promise<{ row: SubmissionRow; created: boolean }> {
  const inserted = await db.insert(submission).values(s).onConflictDoNothing().returning();
  if (inserted[0]) return { row: inserted[0], created: true };
  const row = await getSubmissionFor(db, s);
  if (!row) throw new Error('submission row vanished after a conflicting insert');
  return { row, created: false };
}

export async function getSubmissionFor(
  db: Db,
  p: { draftId: string; draftRevision: number },
): Promise<SubmissionRow | undefined> {
  const [row] = await db
    .select()
    .from(submission)
    .where(and(eq(submission.draftId, p.draftId), eq(submission.draftRevision, p.draftRevision)))
    .limit(1);
  return row;
}

export async function getSubmission(db: Db, id: string): Promise<SubmissionRow | undefined> {
  const [row] = await db.select().from(submission).where(eq(submission.id, id)).limit(1);
  return row;
}

/**
 * Claims the right to call StartChangeSet for this submission: only one caller moves it from
 * pending/failed (or a stale `calling`, whose caller died) to `calling`.
 */
export async function claimSubmission(db: Db, p: { id: string; staleAfterMs: number }): Promise<boolean> {
  const rows = await db
    .update(submission)
    .set({ state: 'calling', error: null, updatedAt: sql`now()` })
    .where(
      and(
        eq(submission.id, p.id),
        sql`(${inArray(submission.state, ['pending', 'failed'])} or (${submission.state} = 'calling' and ${submission.updatedAt} < now() - make_interval(secs => ${p.staleAfterMs / 1000})))`,
      ),
    )
    .returning({ id: submission.id });
  return rows.length > 0;
}

export async function updateSubmissionResult(
  db: Db,
  p: { id: string; state: 'submitted' | 'failed'; changeSetId?: string; error?: string },
): Promise<void> {
  await db
    .update(submission)
    .set({
      state: p.state,
      changeSetId: p.changeSetId ?? null,
      error: p.error ?? null,
      updatedAt: sql`now()`,
    })
    .where(eq(submission.id, p.id));
}
