import { err, isObj } from './fields';
import type { ChangeHandler, ProductDoc } from './types';

/** The message of reference §5.3 for each part of the product ReleaseProduct needs. */
const MISSING = (part: string) => err('VALIDATION_FAILED', `Provide ${part} information.`);

/**
 * ReleaseProduct: Draft → Limited (reference §9.1, codes §5.3). Runs after the other changes of its
 * change set (evaluate.ts), so information added alongside it counts. Versions are not required: a
 * container product takes its first version only once Limited (§9.4 step 4; AddDeliveryOptions on a
 * Draft is INCOMPATIBLE_PRODUCT_STATUS), so the "Provide Versions information." refusal cannot apply.
 */
export const releaseProduct: ChangeHandler = (_ctx, product, details) => {
  if (!isObj(details) || Object.keys(details).length)
    return [err('INVALID_INPUT', 'The DetailsDocument of ReleaseProduct must be empty ({}).')];
  if (product.Description.Visibility !== 'Draft')
    return [err('VALIDATION_FAILED', 'Only a Draft product can be released. Use UpdateVisibility.')];
  const out = missingParts(product).map(MISSING);
  if (out.length) return out;
  product.Description.Visibility = 'Limited';
  product.Description.ProductState = 'Active';
  return [];
};

/** Parts of the listing the first UpdateInformation of a Draft must have set (§9.1). */
function missingParts(p: ProductDoc): string[] {
  const d = p.Description as Record<string, unknown>;
  const filled = (v: unknown) => (Array.isArray(v) ? v.length > 0 : !!v);
  const out: string[] = [];
  const core = ['ProductTitle', 'ShortDescription', 'LongDescription', 'Highlights', 'Categories'];
  if (!core.every((k) => filled(d[k])) || !filled(d.SearchKeywords)) out.push('Description');
  if (!filled(p.PromotionalResources.LogoUrl)) out.push('PromotionalResources');
  if (!filled(p.SupportInformation.Description)) out.push('SupportInformation');
  return out;
}
