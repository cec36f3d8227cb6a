import { z } from 'zod';
import { DETAILS_SCHEMAS } from './change-types';

/** One change of a StartChangeSet request: Details (JSON string) xor DetailsDocument. */
export const changeSchema = z
  .object({
    ChangeType: z
      .string()
      .min(1)
      .max(255)
      .regex(/^[A-Z]\w*$/),
    ChangeName: z.string().min(1).max(72).optional(),
    Entity: z.object({ Type: z.string().min(1).max(255), Identifier: z.string().min(1).max(255).optional() }),
    Details: z.string().min(2).max(16_384).optional(),
    DetailsDocument: z.unknown().optional(),
  })
  .refine(
    (c) => (c.Details === undefined) !== (c.DetailsDocument === undefined),
    'Give either Details or DetailsDocument, not both.',
  );

/** A StartChangeSet request body (reference §4.1): 1–20 changes. */
export const startChangeSetSchema = z.object({
  Catalog: z.literal('AWSMarketplace'),
  ChangeSetName: z.string().min(1).max(100).optional(),
  ClientRequestToken: z.string().min(1).max(64).optional(),
  Intent: z.enum(['VALIDATE', 'APPLY']).optional(),
  ChangeSet: z.array(changeSchema).min(1).max(20),
});

/** Validates a change's DetailsDocument with the schema of its change type (unknown types pass through). */
export function parseChangeDetails(changeType: string, details: unknown) {
  const schema = (DETAILS_SCHEMAS as Record<string, z.ZodType | undefined>)[changeType];
  return schema ? schema.safeParse(details) : ({ success: true, data: details } as const);
}
