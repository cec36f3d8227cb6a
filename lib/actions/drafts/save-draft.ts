'use server';
import { getDraft, updateDraft } from '@/lib/db/queries/drafts';
import { getDb } from '@/lib/db/runtime';
import { recordAudit } from '@/lib/audit/record';
import { readAttestations, recordAttestations } from '@/lib/draft/attestations';
import { loadProductSnapshot, verdictOfStoredDraft } from '@/lib/server/drafts/stored-draft';
import { saveDraftSchema } from '@/lib/schemas/wizard-actions';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';
import { draftTitleOf } from './initial-form';

export type SaveDraftResult =
  | ActionResult<{ revision: number; updatedAt: string }>
  | {
      ok: false;
      code: 'CONFLICT';
      formError: string;
      current: { revision: number; updatedAt: string; updatedBy: string };
    };

/**
 * Autosave: a compare-and-set on the revision the editor started from. A stale save is refused.
 * Attestations are recorded for the signed-in user at server time; the checklist counts are the
 * server's own evaluation of the saved revision.
 */
export const saveDraftAction = defineAction(
  { name: 'save-draft', permission: 'draft:edit', schema: saveDraftSchema },
  async ({ id, revision, form, attested }, { user }): Promise<SaveDraftResult> => {
    const stored = await getDraft(getDb(), id);
    if (!stored) return { ok: false, code: 'NOT_FOUND', formError: 'This draft was deleted.' };
    const attestations = recordAttestations(readAttestations(stored.attestations), attested, {
      user,
      now: new Date(),
      revision: revision + 1,
    });
    const next = { ...stored, data: form, attestations };
    const { counts } = verdictOfStoredDraft(next, await loadProductSnapshot(stored.productId));
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
        data: { revision: res.draft.revision, updatedAt: res.draft.updatedAt.toISOString() },
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
