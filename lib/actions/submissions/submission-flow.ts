import 'server-only';
import { randomUUID } from 'node:crypto';
import { listChangeSets, startChangeSet } from '@/lib/catalog/change-sets';
import type { StartChangeSetRequest } from '@/lib/policy';
import { describeProduct } from '@/lib/catalog/products';
import type { Db } from '@/lib/db/client';
import { getDraft, updateDraftStatus } from '@/lib/db/queries/drafts';
import {
  claimSubmission,
  createSubmission,
  getSubmission,
  getSubmissionFor,
  updateSubmissionResult,
} from '@/lib/db/queries/submissions';
import { AppError, isAppError } from '@/lib/errors';
import type { Evaluation } from '@/lib/policy';
import { snapshotOf } from '@/lib/draft/evaluate-draft';
import { accountLimiters } from '@/lib/tracking/limiter';
import { verdictOfStoredDraft, type StoredDraft } from '@/lib/server/drafts/stored-draft';
import { approvalBlockOf } from '@/lib/server/drafts/review-states';

/** A caller whose claim holder has not answered within this time may call again (same token). */
const STALE_CLAIM_MS = 30_000;
const WAIT_STEP_MS = 150;

/** The server gate: what blocks the draft's verdict (error findings and missing required attestations). */
export function gateFindings(evaluation: Evaluation): string[] {
  const out = evaluation.findings.filter((f) => f.severity === 'error').map((f) => f.message);
  for (const r of evaluation.results)
    if (r.status === 'manual' && r.required) out.push(`Attest: ${r.rule.title}`);
  return out;
}

/** The gate's verdict on a stored draft. It needs the live product: a describe failure stops the submission. */
export async function gateVerdict(draft: StoredDraft) {
  const verdict = verdictOfStoredDraft(draft, snapshotOf(await describeProduct(draft.productId)));
  return { ...verdict, blocking: gateFindings(verdict.evaluation) };
}

/**
 * Submits one draft revision exactly once. The ClientRequestToken is generated here, stored in
 * `submission` before StartChangeSet, and shared by every concurrent caller (double click, retry,
 * second tab): one of them calls AWS, the others wait for its answer and return the same id.
 */
export async function submitDraftRevision(
  db: Db,
  p: { draftId: string; revision: number; userId: string },
): Promise<{ changeSetId: string }> {
  const draft = await getDraft(db, p.draftId);
  if (!draft) throw new AppError('NOT_FOUND', 'That draft no longer exists.');
  if (draft.revision !== p.revision) {
    throw new AppError(
      'CONFLICT',
      'The draft changed after you reviewed it. Review the latest revision, then submit again.',
    );
  }
  // A retry, double click or second tab of a revision already on its way joins it: the gate ran
  // for the first caller, and the product may since have changed because of this very change set.
  const existing = await getSubmissionFor(db, { draftId: draft.id, draftRevision: draft.revision });
  if (existing && existing.state !== 'failed') return settle(db, existing.id);
  const approval = await approvalBlockOf(db, draft);
  if (approval) throw new AppError('FORBIDDEN', approval.message, { approval });
  const { request, blocking } = await gateVerdict(draft);
  if (blocking.length) {
    throw new AppError(
      'INVALID_INPUT',
      `The checklist still has ${blocking.length} blocking item${blocking.length === 1 ? '' : 's'}: ${blocking.slice(0, 3).join(' ')}`,
      { blocking },
    );
  }
  const { row } = await createSubmission(db, {
    draftId: draft.id,
    draftRevision: draft.revision,
    productId: draft.productId,
    clientRequestToken: randomUUID(),
    request,
    submittedBy: p.userId,
  });
  return settle(db, row.id);
}

async function settle(db: Db, submissionId: string): Promise<{ changeSetId: string }> {
  let sawOtherCaller = false;
  for (;;) {
    const row = await getSubmission(db, submissionId);
    if (!row) throw new AppError('NOT_FOUND', 'The submission record vanished.');
    if (row.changeSetId) return { changeSetId: row.changeSetId };
    if (row.state === 'failed' && sawOtherCaller) throw new AppError(toCode(row.error), messageOf(row.error));
    if (row.state === 'calling') sawOtherCaller = true;
    if (await claimSubmission(db, { id: row.id, staleAfterMs: STALE_CLAIM_MS }))
      return call(
        db,
        row.id,
        row.draftId,
        row.productId,
        row.request as StartChangeSetRequest,
        row.clientRequestToken,
      );
    await new Promise((r) => setTimeout(r, WAIT_STEP_MS));
  }
}

async function call(
  db: Db,
  id: string,
  draftId: string,
  productId: string,
  request: StartChangeSetRequest,
  token: string,
) {
  try {
    const out = await startChangeSet(request, token);
    await updateSubmissionResult(db, { id, state: 'submitted', changeSetId: out.id });
    await updateDraftStatus(db, { id: draftId, status: 'submitted' });
    return { changeSetId: out.id };
  } catch (err) {
    const app = isAppError(err)
      ? err
      : new AppError(
          'UNAVAILABLE',
          'The Catalog API cannot be reached right now. Your work is kept; try again shortly.',
        );
    const busy = app.code === 'BUSY' ? await busyChangeSet(productId) : undefined;
    const error = busy
      ? new AppError('BUSY', `This product is busy with change set ${busy}. Submit again when it finishes.`, {
          changeSetId: busy,
        })
      : app;
    await updateSubmissionResult(db, {
      id,
      state: 'failed',
      error: JSON.stringify({ code: error.code, message: error.message }),
    });
    throw error;
  }
}

/**
 * The open change set holding the product. ListChangeSets allows 5 calls a second for the whole
 * account, which the tracker's polling also spends: wait for a token of the shared quota, and let
 * the SDK retry a ThrottlingException with backoff, rather than lose the id to a throttled call.
 */
async function busyChangeSet(productId: string): Promise<string | undefined> {
  try {
    await accountLimiters().ListChangeSets.acquire();
    const open = await listChangeSets({
      entityId: productId,
      statuses: ['PREPARING', 'APPLYING'],
      pageSize: 5,
    });
    return open.items[0]?.id;
  } catch {
    return undefined;
  }
}

function parseStored(error: string | null): { code?: string; message?: string } {
  try {
    return JSON.parse(error ?? '{}') as { code?: string; message?: string };
  } catch {
    return {};
  }
}
const toCode = (error: string | null) => (parseStored(error).code ?? 'UNAVAILABLE') as AppError['code'];
const messageOf = (error: string | null) =>
  parseStored(error).message ?? 'The submission failed. Your draft is kept; try again.';
