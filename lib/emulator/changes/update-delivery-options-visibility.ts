import { checkAddonIdentity } from './eks';
import { dupes, err, isObj, str } from './fields';
import { findOption } from './options';
import type { ChangeHandler, ErrorDetail } from './types';

/** UpdateDeliveryOptionsVisibility: an EKS add-on option goes from Limited to Public. */
export const updateDeliveryOptionsVisibility: ChangeHandler = (_ctx, product, details) => {
  const out: ErrorDetail[] = [];
  const raw = isObj(details) && Array.isArray(details.DeliveryOptions) ? details.DeliveryOptions : [];
  const items = raw.map((o) =>
    isObj(o) ? { id: str(o.Id) ?? '', target: o.TargetVisibility } : { id: '', target: undefined },
  );
  if (!items.length || items.some((i) => !i.id))
    return [err('EMPTY_DELIVERY_OPTION_IDS', 'Provide a list of delivery option IDs.')];
  const badTargets = items.filter((i) => i.target !== 'Public');
  if (badTargets.length)
    out.push(
      err(
        'INVALID_VISIBILITY_STATE',
        'The TargetVisibility option you provided is not supported. Please try again with an allowed option. The allowed option(s) are: Public',
      ),
    );
  const ids = items.map((i) => i.id);
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
        'INVALID_DELIVERY_OPTION_IDS',
        `You provided invalid delivery option details. Provide delivery option IDs that can be found in the product. IDs not found: [${missing.join(', ')}]`,
      ),
    );
  for (const id of ids) {
    const hit = findOption(product, id);
    if (!hit) continue;
    if (hit.option.Type !== 'EksAddOn') {
      out.push(
        err(
          'INVALID_DELIVERY_OPTION_TYPE',
          'The delivery option type you provided is not valid. Ensure that your delivery option is of type: EksAddOn and try again.',
        ),
      );
      continue;
    }
    // Compared with the public add-on versions only: those are what buyers already see.
    const publicAddons = {
      ...product,
      Versions: product.Versions.map((v) => ({
        ...v,
        DeliveryOptions: v.DeliveryOptions.filter((o) => o.Visibility === 'Public'),
      })),
    };
    out.push(
      ...checkAddonIdentity(
        publicAddons,
        {
          name: str(hit.option.DisplayAddOnName),
          type: str(hit.option.AddOnType),
          namespace: str(hit.option.Namespace),
        },
        id,
      ),
    );
  }
  if (out.length) return out;
  for (const id of ids) findOption(product, id)!.option.Visibility = 'Public';
  return [];
};
