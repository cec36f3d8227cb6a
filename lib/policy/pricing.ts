import type { PricingContext } from './context';
import type { ProductSnapshot } from './snapshot';

/**
 * The product's pricing model as far as DescribeEntity tells it. A product is paid when it has
 * pricing dimensions (seed 001, NO_SERVICE_ACCOUNT_CONFIGURATION): `Entitled` dimensions are
 * contract pricing, `Metered`/`ExternallyMetered` ones usage pricing. Without dimensions the product
 * is free or BYOL, which only its offers tell apart, so the model stays unknown.
 */
export function pricingOf(product: ProductSnapshot | undefined): PricingContext | undefined {
  const dims = product?.Dimensions ?? [];
  if (dims.length === 0) return undefined;
  const types = dims.flatMap((d) => d.Types ?? []);
  return { model: types.length > 0 && types.every((t) => t === 'Entitled') ? 'Contract' : 'Usage' };
}
