import { z } from 'zod';
import { attestedRuleIdsSchema } from '@/lib/draft/attestations';
import { wizardFormSchema } from '@/lib/draft/form';
import { WIZARD_CHANGE_TYPES } from '@/lib/policy';
import { refineStorableText, revisionSchema } from './storable';

/** Inputs of the draft, submission, review and registry actions (shared by browser and server). */
export const createDraftSchema = z
  .object({
    productId: z.string().max(64).optional(),
    changeType: z.enum(WIZARD_CHANGE_TYPES).optional(),
    versionId: z.string().max(64).optional(),
    /** "Fix in draft": prefill from change `change` of this change set. */
    fromChangeSet: z.string().max(64).optional(),
    change: z.coerce.number().int().min(0).max(19).optional(),
    /** Start a new draft even though an open one for the same target exists. */
    startAnother: z.boolean().optional(),
  })
  .refine((d) => d.fromChangeSet || (d.productId && d.changeType), {
    path: ['productId'],
    message: 'Choose a product and a change type.',
  });
export type CreateDraftInput = z.infer<typeof createDraftSchema>;

/** Autosave: the form, and the manual rule ids confirmed (who and when are the server's to record). */
export const saveDraftSchema = z
  .object({
    id: z.uuid(),
    revision: revisionSchema,
    form: wizardFormSchema,
    attested: attestedRuleIdsSchema,
  })
  .superRefine((d, ctx) => refineStorableText({ form: d.form, attested: d.attested }, ctx));

export const draftIdSchema = z.object({ id: z.uuid() });

export const submitDraftSchema = z.object({ id: z.uuid(), revision: revisionSchema });

/** Revise: the submitted revision the caller saw (a compare-and-set). */
export const reviseDraftSchema = z.object({ id: z.uuid(), revision: revisionSchema });

export const reviewDraftSchema = z
  .object({
    id: z.uuid(),
    revision: revisionSchema,
    verdict: z.enum(['approved', 'changes-requested']),
    comment: z.string().trim().max(2000, 'Keep the comment under 2,000 characters.'),
  })
  .refine((r) => r.verdict === 'approved' || r.comment.length > 0, {
    path: ['comment'],
    message: 'Say what needs to change.',
  });

/** A product manager asks reviewers to read one revision; the note is optional. */
export const requestReviewSchema = z.object({
  id: z.uuid(),
  revision: revisionSchema,
  note: z.string().trim().max(2000, 'Keep the note under 2,000 characters.'),
});

export const pushImageSchema = z.object({
  productId: z.string().min(1).max(64),
  repository: z.string().min(1).max(300),
  tag: z
    .string()
    .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, 'Use letters, digits, _ . and - (up to 128 characters).'),
  vulnerable: z.boolean().optional(),
});
