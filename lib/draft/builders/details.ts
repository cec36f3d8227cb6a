import type { WizardForm } from '../form';
import { buildAddedOption } from './option';
import { buildUpdateDetails } from './update';

/** A built DetailsDocument and, for delivery options, which form option each entry came from. */
export interface BuiltDetails {
  doc: Record<string, unknown>;
  optionIndex: number[];
}

/** Turns validated wizard state into the exact DetailsDocument seed 001 documents for its change type. */
export function buildDetailsDocument(form: WizardForm): BuiltDetails {
  switch (form.changeType) {
    case 'AddRepositories':
      return {
        doc: {
          Repositories: form.repositories.map((r) => ({
            RepositoryName: r.name.trim(),
            RepositoryType: 'ECR',
          })),
        },
        optionIndex: [],
      };
    case 'AddDeliveryOptions':
      return {
        doc: {
          Version: { VersionTitle: form.versionTitle, ReleaseNotes: form.releaseNotes },
          DeliveryOptions: form.options.map(buildAddedOption),
        },
        optionIndex: form.options.map((_, i) => i),
      };
    case 'UpdateDeliveryOptions':
      return buildUpdateDetails(form);
    case 'RestrictDeliveryOptions':
      return { doc: { DeliveryOptionIds: [...form.optionIds] }, optionIndex: [] };
    case 'UpdateDeliveryOptionsVisibility':
      return {
        doc: { DeliveryOptions: form.optionIds.map((Id) => ({ Id, TargetVisibility: 'Public' })) },
        optionIndex: [],
      };
  }
}
