/*
 * A paste too long to save must not stop the rest of the draft from saving. Pure: the autosave
 * hook sends what can be stored and shows the rest at its field.
 */
import { wizardFormSchema, type WizardForm } from './form';

type Json = Record<string, unknown>;
const child = (v: unknown, k: PropertyKey): unknown =>
  v && typeof v === 'object' ? (v as Json)[k as string] : undefined;

/**
 * Splits a form into what can be saved and what cannot: every text longer than the form schema
 * stores is replaced by its last saved value (`fallback` at the same path, or '' when that is not a
 * storable text either) and reported by dotted field path with the schema's message.
 */
export function splitUnsavable(
  form: WizardForm,
  fallback: unknown,
): { form: WizardForm; tooLarge: Record<string, string> } {
  const parsed = wizardFormSchema.safeParse(form);
  if (parsed.success) return { form, tooLarge: {} };
  const long = parsed.error.issues.filter((i) => i.code === 'too_big' && i.origin === 'string');
  if (!long.length) return { form, tooLarge: {} };
  const out = structuredClone(form) as unknown as Json;
  const tooLarge: Record<string, string> = {};
  for (const issue of long) {
    const path = issue.path;
    const key = path.at(-1)!;
    const parent = path.slice(0, -1).reduce<unknown>(child, out);
    const before = path.reduce<unknown>(child, fallback);
    const max = (issue as { maximum?: number | bigint }).maximum;
    const keep = typeof before === 'string' && (max === undefined || before.length <= Number(max));
    if (parent && typeof parent === 'object') (parent as Json)[key as string] = keep ? before : '';
    tooLarge[path.join('.')] = issue.message;
  }
  return { form: out as unknown as WizardForm, tooLarge };
}
