'use server';
import { getDraft, updateDraft } from '@/lib/db/queries/drafts';
import { getDb } from '@/lib/db/runtime';
import { recordAudit } from '@/lib/audit/record';
import { readAttestations, recordAttestations } from '@/lib/draft/attestations';
import { loadProductSnapshot, verdictOfStoredDraft } from '@/lib/server/drafts/stored-draft';
import { refusedConfirmations, type RefusedConfirmation } from '@/lib/server/drafts/refused-confirmations';
import { saveDraftSchema } from '@/lib/schemas/wizard-actions';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';
import { draftTitleOf } from './initial-form';

export type SaveDraftResult =
  | ActionResult<{ revision: number; updatedAt: string; refused: RefusedConfirmation[] }>
  | {
      ok: false;
      code: 'CONFLICT';
      formError: string;
      current: { revision: number; updatedAt: string; updatedBy: string };
    };

/**
 * Autosave: a compare-and-set on the revision the editor started from. A stale save is refused.
 * Attestations are recorded for the signed-in user at server time; the checklist counts are the
 * server's own evaluation of the saved revision. A confirmation made now that the draft's evidence
 * contradicts is not recorded and comes back in `refused`; the rest of the save (everything typed)
 * goes ahead, so a refused tick never costs the person their edits.
 */
export const saveDraftAction = defineAction(
  { name: 'save-draft', permission: 'draft:edit', schema: saveDraftSchema },
  async ({ id, revision, form, attested }, { user }): Promise<SaveDraftResult> => {
    const stored = await getDraft(getDb(), id);
    if (!stored) return { ok: false, code: 'NOT_FOUND', formError: 'This draft was deleted.' };
    const before = readAttestations(stored.attestations);
    const record = (ids: readonly string[]) =>
      recordAttestations(before, ids, { user, now: new Date(), revision: revision + 1 });
    const snapshot = await loadProductSnapshot(stored.productId);
    let attestations = record(attested);
    let verdict = verdictOfStoredDraft({ ...stored, data: form, attestations }, snapshot);
    const newly = attested.filter((id) => !Object.hasOwn(before, id));
    const refused = await refusedConfirmations(stored.productId, newly, verdict);
    if (refused.length > 0) {
      attestations = record(attested.filter((id) => !refused.some((r) => r.rule === id)));
      verdict = verdictOfStoredDraft({ ...stored, data: form, attestations }, snapshot);
    }
    const { counts } = verdict;
    const res = await updateDraft(getDb(), {
      id,
      revision,
      title: draftTitleOf(form),
      data: form,
      checklist: counts,
      attestations,
      updatedBy: user.id,
    });
    if (res.ok) {
      await recordAudit({
        actorId: user.id,
        action: 'save-draft',
        target: id,
        outcome: 'ok',
        details: { revision: res.draft.revision },
      });
      return {
        ok: true,
        data: { revision: res.draft.revision, updatedAt: res.draft.updatedAt.toISOString(), refused },
      };
    }
    if (!res.current) return { ok: false, code: 'NOT_FOUND', formError: 'This draft was deleted.' };
    const submitted = res.current.status !== 'open';
    return {
      ok: false,
      code: 'CONFLICT',
      formError: submitted
        ? 'This draft was submitted; it can no longer change.'
        : 'Someone else saved this draft after you opened it.',
      current: {
        revision: res.current.revision,
        updatedAt: res.current.updatedAt.toISOString(),
        updatedBy: res.current.updatedBy,
      },
    };
  },
);
