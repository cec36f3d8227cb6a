import { z } from 'zod';
import { webhookUrlSchema } from './webhook';

/*
 * Input schemas of the tracking actions. House style keeps schemas in lib/policy; that folder belongs
 * to the policy engine, so these pure schemas live beside the tracking code instead.
 */
export const changeSetIdSchema = z.object({
  changeSetId: z.string().regex(/^[\w-]{1,255}$/, 'That is not a change set id.'),
});

/** Settings → Send a test message. */
export const testWebhookSchema = z.object({ url: webhookUrlSchema });

export const markReadSchema = z.union([
  z.object({ all: z.literal(true) }),
  z.object({ ids: z.array(z.uuid()).min(1).max(100) }),
]);
