import { dupes, err, isObj } from './fields';
import { findOption } from './options';
import type { ChangeHandler, ErrorDetail } from './types';

/** RestrictDeliveryOptions: only on a Public product, only Public non-add-on options, and one must stay Public. */
export const restrictDeliveryOptions: ChangeHandler = (_ctx, product, details) => {
  const out: ErrorDetail[] = [];
  if (product.Description.Visibility !== 'Public')
    out.push(err('INCOMPATIBLE_PRODUCT_STATUS', 'Use a public product.'));
  const raw = isObj(details) ? details.DeliveryOptionIds : undefined;
  const ids = Array.isArray(raw) ? raw.map((x) => (typeof x === 'string' ? x : '')) : [];
  if (!ids.length || ids.some((id) => !id))
    return [...out, err('EMPTY_DELIVERY_OPTION_IDS', 'Provide non-empty list of delivery option IDs.')];
  if (dupes(ids).length)
    out.push(
      err(
        'DUPLICATE_DELIVERY_OPTION_IDS',
        `Duplicate delivery option IDs: [${dupes(ids).join(', ')}]. Provide unique delivery option IDs.`,
      ),
    );
  const missing = ids.filter((id) => !findOption(product, id));
  if (missing.length)
    out.push(
      err(
        'MISSING_DELIVERY_OPTION_IDS',
        `Provide delivery option from existing list of IDs. Not found: [${missing.join(', ')}]`,
      ),
    );
  // Seed 001: "Restricting an Amazon EKS add-on is currently not supported through the Catalog API."
  const addOns = ids.filter((id) => findOption(product, id)?.option.Type === 'EksAddOn');
  if (addOns.length)
    out.push(
      err(
        'INVALID_DELIVERY_OPTION_TYPE',
        `The delivery options [${addOns.join(', ')}] are Amazon EKS add-ons. Restricting an Amazon EKS add-on is currently not supported through the Catalog API.`,
      ),
    );
  const notPublic = ids.filter((id) => {
    const hit = findOption(product, id);
    return hit && hit.option.Type !== 'EksAddOn' && hit.option.Visibility !== 'Public';
  });
  if (notPublic.length)
    out.push(
      err(
        'INVALID_DELIVERY_OPTIONS_STATUS',
        `The delivery option IDs [${notPublic.join(', ')}] are invalid. Provide delivery options in the public state.`,
      ),
    );
  const publicLeft = product.Versions.flatMap((v) => v.DeliveryOptions).filter(
    (o) => o.Visibility === 'Public' && !ids.includes(o.Id),
  );
  if (publicLeft.length === 0)
    out.push(err('INVALID_MINIMUM_PUBLIC_DELIVERY_OPTIONS', 'Cannot restrict all delivery option IDs.'));
  if (out.length) return out;
  for (const id of ids) findOption(product, id)!.option.Visibility = 'Restricted';
  return [];
};
