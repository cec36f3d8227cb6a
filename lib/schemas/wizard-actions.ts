import { z } from 'zod';
import { WIZARD_CHANGE_TYPES, wizardFormSchema } from '@/lib/draft/form';

/** Inputs of the draft, submission, review and registry actions (shared by browser and server). */
export const createDraftSchema = z
  .object({
    productId: z.string().max(64).optional(),
    changeType: z.enum(WIZARD_CHANGE_TYPES).optional(),
    versionId: z.string().max(64).optional(),
    /** "Fix in draft": prefill from change `change` of this change set. */
    fromChangeSet: z.string().max(64).optional(),
    change: z.coerce.number().int().min(0).max(19).optional(),
  })
  .refine((d) => d.fromChangeSet || (d.productId && d.changeType), {
    path: ['productId'],
    message: 'Choose a product and a change type.',
  });
export type CreateDraftInput = z.infer<typeof createDraftSchema>;

export const attestationsSchema = z.record(
  z.string().max(100),
  z.object({ by: z.string().max(200), byName: z.string().max(200).optional(), at: z.string().max(40) }),
);

export const checklistCountsSchema = z.object({
  passed: z.number().int().min(0),
  failed: z.number().int().min(0),
  warnings: z.number().int().min(0),
  manual: z.number().int().min(0),
  blocking: z.boolean().optional(),
});

export const saveDraftSchema = z.object({
  id: z.uuid(),
  revision: z.number().int().min(1),
  form: wizardFormSchema,
  attestations: attestationsSchema.optional(),
  checklist: checklistCountsSchema,
});
export type SaveDraftInput = z.infer<typeof saveDraftSchema>;

export const draftIdSchema = z.object({ id: z.uuid() });

export const submitDraftSchema = z.object({ id: z.uuid(), revision: z.number().int().min(1) });

export const reviewDraftSchema = z
  .object({
    id: z.uuid(),
    revision: z.number().int().min(1),
    verdict: z.enum(['approved', 'changes-requested']),
    comment: z.string().trim().max(2000),
  })
  .refine((r) => r.verdict === 'approved' || r.comment.length > 0, {
    path: ['comment'],
    message: 'Say what needs to change.',
  });

export const pushImageSchema = z.object({
  productId: z.string().min(1).max(64),
  repository: z.string().min(1).max(300),
  tag: z
    .string()
    .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, 'Use letters, digits, _ . and - (up to 128 characters).'),
  vulnerable: z.boolean().optional(),
});
