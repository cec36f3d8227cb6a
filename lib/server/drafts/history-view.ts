import 'server-only';
import type { ChangeSetDetail } from '@/lib/catalog/types';
import type { SubmittedRevision } from '@/lib/db/queries/draft-history';
import { explainError, type ExplainedError } from '@/lib/tracking/explain';

/** One row of the draft's History panel (plain data for the page). */
export interface HistoryEntry {
  revision: number;
  submittedAt: string;
  changeSets: {
    id: string;
    status: string;
    failureCode: string | null;
    failureDescription?: string;
    startTime: string | null;
    endTime: string | null;
    /** AWS's errors, explained as the change set page explains them. */
    errors: ExplainedError[];
  }[];
}

/** The history, newest revision first, with every error explained by the change set page's one explainer. */
export function historyEntries(draftId: string, history: SubmittedRevision[]): HistoryEntry[] {
  return history
    .map((h) => ({
      revision: h.revision,
      submittedAt: h.submittedAt.toISOString(),
      changeSets: h.changeSets.map(({ changeSetId, record }) => {
        const detail = (record?.detail ?? undefined) as ChangeSetDetail | undefined;
        return {
          id: changeSetId,
          status: record?.status ?? 'PREPARING',
          failureCode: record?.failureCode ?? null,
          failureDescription: detail?.failureDescription,
          startTime: record?.startTime ?? null,
          endTime: record?.endTime ?? null,
          errors: (detail?.changes ?? []).flatMap((change, changeIndex) =>
            change.errors.map((e) =>
              explainError(e, { change, changeIndex, changeSetId, draftId, endTime: record?.endTime }),
            ),
          ),
        };
      }),
    }))
    .reverse();
}
