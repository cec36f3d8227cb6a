import { z } from 'zod';

/** Revisions are PostgreSQL integers, and a save stores revision + 1. */
export const revisionSchema = z
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 2, 'This revision number is not valid. Reload the draft.');

// NUL cannot be stored in PostgreSQL text or jsonb; a lone surrogate is not valid UTF-8.
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MESSAGE = 'Remove the invisible or broken characters from this field.';

/** Adds an issue at every string inside `value` that the database could not store. */
export function refineStorableText(value: unknown, ctx: z.RefinementCtx, path: PropertyKey[] = []): void {
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) ctx.addIssue({ code: 'custom', message: MESSAGE, path });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => refineStorableText(v, ctx, [...path, i]));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) refineStorableText(v, ctx, [...path, k]);
  }
}
