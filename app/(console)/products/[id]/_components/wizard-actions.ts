import type { ProductDetail } from '@/lib/catalog/types';

export interface WizardAction {
  changeType: string;
  label: string;
  /** Why the action makes no sense now; undefined when it is available. */
  disabledReason?: string;
}

/** The wizard actions of a product page, each disabled with the reason when it makes no sense. */
export function wizardActions(
  product: ProductDetail,
  p: { canEdit: boolean; repositoryLimit?: number },
): WizardAction[] {
  const options = product.versions.flatMap((v) => v.deliveryOptions);
  const publicRestrictable = options.filter((o) => o.visibility === 'Public' && o.type !== 'EksAddOn');
  const limitedAddons = options.filter((o) => o.type === 'EksAddOn' && o.visibility === 'Limited');
  const role = p.canEdit ? undefined : 'Product managers start drafts; your role cannot.';
  const limit = p.repositoryLimit ?? 50;
  return [
    {
      changeType: 'AddRepositories',
      label: 'Add repositories',
      disabledReason:
        role ??
        (product.repositories.length >= limit ? `The product already has ${limit} repositories.` : undefined),
    },
    {
      changeType: 'AddDeliveryOptions',
      label: 'Add a version',
      disabledReason:
        role ??
        (product.repositories.length === 0
          ? 'Add a repository and push images first.'
          : product.visibility === 'Draft'
            ? 'Publish the product as Limited or Public first (INCOMPATIBLE_PRODUCT_STATUS).'
            : undefined),
    },
    {
      changeType: 'UpdateDeliveryOptions',
      label: 'Update a version',
      disabledReason: role ?? (product.versions.length === 0 ? 'The product has no version yet.' : undefined),
    },
    {
      changeType: 'RestrictDeliveryOptions',
      label: 'Restrict a version',
      disabledReason:
        role ??
        (product.visibility !== 'Public'
          ? 'Only a public product’s delivery options can be restricted.'
          : publicRestrictable.length <= 1
            ? 'At least one public delivery option must remain; this product has only one that can be restricted.'
            : undefined),
    },
    {
      changeType: 'UpdateDeliveryOptionsVisibility',
      label: 'Release an EKS add-on',
      disabledReason:
        role ?? (limitedAddons.length === 0 ? 'No Amazon EKS add-on option is Limited.' : undefined),
    },
  ];
}
