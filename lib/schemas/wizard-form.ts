import { z } from 'zod';

/*
 * The wizard's form state: one shape for every change type, kept close to the inputs a person edits
 * (strings and lists) so react-hook-form can bind to it. lib/catalog/builders turns it into the exact
 * DetailsDocument of seed 001; validation reuses lib/policy's DetailsDocument schemas through that
 * builder (see wizard-validate.ts), so browser and server check the same thing.
 */

export const WIZARD_CHANGE_TYPES = [
  'AddRepositories',
  'AddDeliveryOptions',
  'UpdateDeliveryOptions',
  'RestrictDeliveryOptions',
  'UpdateDeliveryOptionsVisibility',
] as const;
export type WizardChangeType = (typeof WIZARD_CHANGE_TYPES)[number];

export const DELIVERY_METHODS = ['ecr', 'helm', 'eks-addon'] as const;
export type OptionMethod = (typeof DELIVERY_METHODS)[number];

export const METHOD_LABELS: Record<OptionMethod, string> = {
  ecr: 'Container image',
  helm: 'Helm chart',
  'eks-addon': 'Amazon EKS add-on',
};

const text = z.string().max(40_000);
const list = z.array(z.string().max(1000)).max(60);

export const overrideFormSchema = z.object({
  key: text,
  defaultValue: text,
  label: text,
  description: text,
  obfuscate: z.boolean(),
});

export const optionFormSchema = z.object({
  /** Stable key for list rendering (not sent). */
  key: z.string().max(64),
  /** The existing delivery option's Id (UpdateDeliveryOptions). */
  id: z.string().max(64).optional(),
  method: z.enum(DELIVERY_METHODS),
  title: text,
  description: text,
  usage: text,
  images: list,
  services: list,
  resources: z.array(z.object({ name: text, url: text })).max(10),
  helmChartUri: text,
  quickLaunch: z.boolean(),
  releaseName: text,
  namespace: text,
  serviceAccount: text,
  overrides: z.array(overrideFormSchema).max(20),
  addOnName: text,
  addOnVersion: text,
  addOnType: text,
  k8sVersions: list,
  architectures: list,
  envOverrides: z.array(z.object({ key: text, value: text })).max(20),
});
export type OptionForm = z.infer<typeof optionFormSchema>;

export const versionBaselineSchema = z.object({
  versionTitle: text,
  releaseNotes: text,
  options: z.array(optionFormSchema).max(10),
});
export type VersionBaseline = z.infer<typeof versionBaselineSchema>;

export const wizardFormSchema = z.object({
  changeType: z.enum(WIZARD_CHANGE_TYPES),
  repositories: z.array(z.object({ name: z.string().max(300) })).max(60),
  versionId: z.string().max(64),
  versionTitle: text,
  releaseNotes: text,
  options: z.array(optionFormSchema).max(10),
  optionIds: z.array(z.string().max(64)).max(60),
  /** UpdateDeliveryOptions: the live version as DescribeEntity showed it when the draft began. */
  baseline: versionBaselineSchema.optional(),
});
export type WizardForm = z.infer<typeof wizardFormSchema>;

export function emptyOption(method: OptionMethod = 'helm', key = randomKey()): OptionForm {
  return {
    key,
    method,
    title: '',
    description: '',
    usage: '',
    images: [],
    services: method === 'eks-addon' ? [] : ['EKS'],
    resources: [],
    helmChartUri: '',
    quickLaunch: false,
    releaseName: '',
    namespace: '',
    serviceAccount: '',
    overrides: [],
    addOnName: '',
    addOnVersion: '',
    addOnType: '',
    k8sVersions: [],
    architectures: method === 'eks-addon' ? ['amd64'] : [],
    envOverrides: [],
  };
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
  const parsed = wizardFormSchema.safeParse(data);
  return parsed.success ? parsed.data : emptyWizardForm(changeType);
}
