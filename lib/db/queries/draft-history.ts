import { asc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../client';
import { changeSetRecord, submission } from '../schema';

export type ChangeSetRecordRow = typeof changeSetRecord.$inferSelect;

/** One submitted revision of a draft, with every change set started for it (a resubmission included). */
export interface SubmittedRevision {
  submissionId: string;
  revision: number;
  submittedBy: string;
  submittedAt: Date;
  /** Oldest first; a change set the tracker has not stored yet appears with only its id. */
  changeSets: { changeSetId: string; record?: ChangeSetRecordRow }[];
}

/** A change set is started for a submission first through `submission.change_set_id`, later ones (resubmissions) through `change_set_record.submission_id`. */
function changeSetsOf(
  s: { id: string; changeSetId: string | null },
  records: ChangeSetRecordRow[],
): SubmittedRevision['changeSets'] {
  const mine = records.filter((r) => r.submissionId === s.id || r.changeSetId === s.changeSetId);
  const out: SubmittedRevision['changeSets'] = mine.map((r) => ({ changeSetId: r.changeSetId, record: r }));
  if (s.changeSetId && !mine.some((r) => r.changeSetId === s.changeSetId))
    out.unshift({ changeSetId: s.changeSetId });
  // Started first comes first; one the tracker has not timed yet is the newest.
  return out.sort((a, b) => {
    if (a.changeSetId === s.changeSetId) return -1;
    if (b.changeSetId === s.changeSetId) return 1;
    return (a.record?.startTime ?? '\uffff').localeCompare(b.record?.startTime ?? '\uffff');
  });
}

/** Every revision of the draft that reached AWS, oldest first. */
export async function listSubmittedRevisions(db: Db, draftId: string): Promise<SubmittedRevision[]> {
  const subs = await db
    .select()
    .from(submission)
    .where(eq(submission.draftId, draftId))
    .orderBy(asc(submission.draftRevision));
  const sent = subs.filter((s) => s.changeSetId);
  if (!sent.length) return [];
  const ids = sent.map((s) => s.id);
  const csIds = sent.map((s) => s.changeSetId!);
  const records = await db
    .select()
    .from(changeSetRecord)
    .where(or(inArray(changeSetRecord.submissionId, ids), inArray(changeSetRecord.changeSetId, csIds)));
  return sent.map((s) => ({
    submissionId: s.id,
    revision: s.draftRevision,
    submittedBy: s.submittedBy,
    submittedAt: s.createdAt,
    changeSets: changeSetsOf(s, records),
  }));
}

/** The change set the draft's latest submission is waiting on (the newest one started for it). */
export function latestChangeSetOf(history: SubmittedRevision[]) {
  const last = history.at(-1)?.changeSets.at(-1);
  if (!last) return undefined;
  return {
    changeSetId: last.changeSetId,
    status: last.record?.status ?? 'PREPARING',
    failureCode: last.record?.failureCode ?? null,
  };
}

/**
 * The change set that resubmitted `changeSetId` (after its SERVER_FAULT): the next one started for
 * the same submission.
 */
export async function getResubmissionOf(
  db: Db,
  p: { changeSetId: string; submissionId: string },
): Promise<string | undefined> {
  const [sub] = await db
    .select({ id: submission.id, changeSetId: submission.changeSetId })
    .from(submission)
    .where(eq(submission.id, p.submissionId))
    .limit(1);
  if (!sub) return undefined;
  const records = await db
    .select()
    .from(changeSetRecord)
    .where(
      or(
        eq(changeSetRecord.submissionId, sub.id),
        sub.changeSetId ? eq(changeSetRecord.changeSetId, sub.changeSetId) : undefined,
      ),
    );
  const list = changeSetsOf(sub, records);
  const at = list.findIndex((c) => c.changeSetId === p.changeSetId);
  return at >= 0 ? list[at + 1]?.changeSetId : undefined;
}
