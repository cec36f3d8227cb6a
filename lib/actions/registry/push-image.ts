'use server';
import { revalidatePath } from 'next/cache';
import { simulateImagePush } from '@/lib/catalog/registry';
import { pushImageSchema } from '@/lib/schemas/wizard-actions';
import type { ActionResult } from '../result';
import { defineAction } from '../define-action';

/** Local Catalog service only: simulates `docker push` so a new tag can be offered in the wizards. */
export const pushImageAction = defineAction(
  { name: 'push-image', permission: 'registry:push', schema: pushImageSchema },
  async (input): Promise<ActionResult<{ imageUri: string }>> => {
    const out = await simulateImagePush(input);
    revalidatePath(`/products/${input.productId}`);
    return { ok: true, data: out };
  },
);
