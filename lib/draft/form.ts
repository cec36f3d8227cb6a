import { z } from 'zod';
import { WIZARD_CHANGE_TYPES } from '@/lib/policy';
import { DELIVERY_METHODS, storableText, type OptionMethod } from './fields/kinds';
import { OPTION_FIELDS, type OptionFieldName } from './fields/registry';

/*
 * The wizard's form state: one shape for every change type, kept close to the inputs a person edits
 * (strings and lists) so react-hook-form can bind to it. lib/draft/builders turns it into the exact
 * DetailsDocument of seed 001; validation reuses lib/policy's DetailsDocument schemas through that
 * builder, so browser and server check the same thing. Option fields are declared in fields/registry.ts.
 */

export type WizardChangeType = (typeof WIZARD_CHANGE_TYPES)[number];

export const METHOD_LABELS: Record<OptionMethod, string> = {
  ecr: 'Container image',
  helm: 'Helm chart',
  'eks-addon': 'Amazon EKS add-on',
};

const text = storableText();

type OptionShape = { [K in OptionFieldName]: (typeof OPTION_FIELDS)[K]['schema'] };
const optionValues = Object.fromEntries(
  Object.entries(OPTION_FIELDS).map(([k, f]) => [k, f.schema]),
) as OptionShape;

/** Names objects already have ("constructor", "__proto__", "toString"…): never a key (or a part of a dotted key). */
export function isReservedKey(key: string): boolean {
  return key
    .trim()
    .split('.')
    .some((part) => part === '__proto__' || part in Object.prototype);
}

export const RESERVED_KEY_MESSAGE =
  'This key is a reserved name (such as “constructor”, “__proto__” or “toString”); choose another key.';

/** One delivery option as stored: its value fields come from the field registry. */
const storedOptionSchema = z.object({
  /** Stable key for list rendering and the option's stored chart (not sent). */
  key: z.string().max(64),
  /** The existing delivery option's Id (UpdateDeliveryOptions). */
  id: z.string().max(64).optional(),
  method: z.enum(DELIVERY_METHODS),
  ...optionValues,
});
export type OptionForm = z.infer<typeof storedOptionSchema>;

/** What the wizard, autosave and submit accept: a reserved key is refused at the field. */
const optionFormSchema = storedOptionSchema
  .extend({ key: storedOptionSchema.shape.key.refine((k) => !isReservedKey(k), RESERVED_KEY_MESSAGE) })
  .superRefine((o, ctx) => {
    for (const list of ['overrides', 'envOverrides'] as const)
      o[list].forEach((row, j) => {
        if (isReservedKey(row.key))
          ctx.addIssue({ code: 'custom', path: [list, j, 'key'], message: RESERVED_KEY_MESSAGE });
      });
  });

const versionBaselineSchema = z.object({
  versionTitle: text,
  releaseNotes: text,
  options: z.array(storedOptionSchema).max(10),
});
export type VersionBaseline = z.infer<typeof versionBaselineSchema>;

/**
 * A stored draft as read back: lenient about option keys, so a draft saved before keys were checked
 * still opens (for every role) and the wizard's own schema shows the key's message at the field.
 */
const storedFormSchema = z.object({
  changeType: z.enum(WIZARD_CHANGE_TYPES),
  repositories: z.array(z.object({ name: storableText(300) })).max(60),
  versionId: z.string().max(64),
  versionTitle: text,
  releaseNotes: text,
  options: z.array(storedOptionSchema).max(10),
  optionIds: z.array(z.string().max(64)).max(60),
  /** UpdateDeliveryOptions: the live version as DescribeEntity showed it when the draft began. */
  baseline: versionBaselineSchema.optional(),
});

export const wizardFormSchema = storedFormSchema.extend({
  options: z.array(optionFormSchema).max(10),
});
export type WizardForm = z.infer<typeof wizardFormSchema>;

export function emptyOption(method: OptionMethod = 'helm', key = randomKey()): OptionForm {
  const values = Object.fromEntries(Object.entries(OPTION_FIELDS).map(([k, f]) => [k, f.empty(method)]));
  return { key, method, ...(values as Omit<OptionForm, 'key' | 'method' | 'id'>) };
}

export function emptyWizardForm(changeType: WizardChangeType): WizardForm {
  return {
    changeType,
    repositories: changeType === 'AddRepositories' ? [{ name: '' }] : [],
    versionId: '',
    versionTitle: '',
    releaseNotes: '',
    options: changeType === 'AddDeliveryOptions' ? [emptyOption('helm')] : [],
    optionIds: [],
  };
}

export function randomKey(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** Parses stored draft data, falling back to an empty form of the change type. */
export function readWizardForm(data: unknown, changeType: WizardChangeType): WizardForm {
  const parsed = storedFormSchema.safeParse(data);
  return parsed.success ? parsed.data : emptyWizardForm(changeType);
}
