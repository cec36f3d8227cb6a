import { fieldsOnStep } from '@/lib/draft/fields/registry';
import type { WizardChangeType } from '@/lib/draft/form';

/** One wizard step: its title begins with a verb; `fields` are the form field prefixes it owns (from the field registry). */
export interface WizardStep {
  id: string;
  title: string;
  description: string;
  fields: readonly string[];
}

export interface WizardDefinition {
  title: string;
  /** The final button names the action. */
  actionLabel: string;
  steps: readonly WizardStep[];
}

const review = (title: string): WizardStep => ({
  id: 'review',
  title,
  description: 'Check every section, then submit the change set.',
  fields: [],
});

/** Steps are data: one definition per change type. The last step is always Review. */
export const WIZARDS: Record<WizardChangeType, WizardDefinition> = {
  AddRepositories: {
    title: 'Add repositories',
    actionLabel: 'Add repositories',
    steps: [
      {
        id: 'repositories',
        title: 'Name the repositories',
        description: 'Each repository holds one image or Helm chart of the product.',
        fields: fieldsOnStep('repositories'),
      },
      review('Review and add repositories'),
    ],
  },
  AddDeliveryOptions: {
    title: 'Add a version',
    actionLabel: 'Add version',
    steps: [
      {
        id: 'version',
        title: 'Describe the version',
        description: 'Buyers choose a version by its title and read its release notes.',
        fields: fieldsOnStep('version'),
      },
      {
        id: 'options',
        title: 'Configure delivery options',
        description: 'Each delivery option is one way for buyers to deploy this version.',
        fields: fieldsOnStep('options'),
      },
      review('Review and add version'),
    ],
  },
  UpdateDeliveryOptions: {
    title: 'Update a version',
    actionLabel: 'Update version',
    steps: [
      {
        id: 'version',
        title: 'Edit the version details',
        description: 'Only the fields you change are sent.',
        // The version being updated is chosen here too; it is not a field of the request.
        fields: ['versionId', ...fieldsOnStep('version')],
      },
      {
        id: 'options',
        title: 'Edit delivery options',
        description: 'Locked fields cannot change while the option is public.',
        fields: fieldsOnStep('options'),
      },
      review('Review and update version'),
    ],
  },
  RestrictDeliveryOptions: {
    title: 'Restrict a version',
    actionLabel: 'Restrict delivery options',
    steps: [
      {
        id: 'choose',
        title: 'Choose delivery options to restrict',
        description: 'New buyers can no longer use a restricted option; existing buyers keep it.',
        fields: fieldsOnStep('choose'),
      },
      review('Review and restrict'),
    ],
  },
  UpdateDeliveryOptionsVisibility: {
    title: 'Release an EKS add-on',
    actionLabel: 'Release add-on',
    steps: [
      {
        id: 'choose',
        title: 'Choose add-on options to release',
        description: 'Limited add-on options become Public in every Region.',
        fields: fieldsOnStep('choose'),
      },
      {
        id: 'attest',
        title: 'Confirm ISV testing',
        description: 'AWS expects you to have tested the add-on on every compatible Kubernetes version.',
        fields: [],
      },
      review('Review and release'),
    ],
  },
};

/** The step that owns a form field (for "focus this field" links). */
export function stepOfField(def: WizardDefinition, field: string): number {
  const i = def.steps.findIndex((s) => s.fields.some((f) => field === f || field.startsWith(`${f}.`)));
  return i < 0 ? def.steps.length - 1 : i;
}

/** `?step=` as an index, clamped to the known steps. */
export function stepIndexOf(def: WizardDefinition, id: string | null | undefined): number {
  const i = def.steps.findIndex((s) => s.id === id);
  return i < 0 ? 0 : i;
}
