'use server';
import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/session';
import { simulateImagePush } from '@/lib/catalog/registry';
import { pushImageSchema } from '@/lib/schemas/wizard-actions';
import { failure, fieldErrorsFrom, type ActionResult } from '../result';

/** Local Catalog service only: simulates `docker push` so a new tag can be offered in the wizards. */
export async function pushImageAction(input: unknown): Promise<ActionResult<{ imageUri: string }>> {
  try {
    await requirePermission('registry:push', 'push-image');
    const parsed = pushImageSchema.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
    const out = await simulateImagePush(parsed.data);
    revalidatePath(`/products/${parsed.data.productId}`);
    return { ok: true, data: out };
  } catch (err) {
    return failure(err, 'push-image');
  }
}
