import { err, isObj, str } from './fields';
import type { ChangeHandler } from './types';

const TARGETS = ['Public', 'Limited', 'Restricted'];
/** Lifecycle moves AWS documents: Limited → Public or Restricted, Public ↔ Restricted, Public → Limited. */
const ALLOWED: Record<string, string[]> = {
  Limited: ['Public', 'Restricted'],
  Public: ['Limited', 'Restricted'],
  Restricted: ['Public'],
};
const REPLACEMENT_RE =
  /^(prod-[a-zA-Z0-9]{13}|prod-[a-zA-Z0-9]{25}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** True for a change that goes to AWS Marketplace Seller Operations for a manual review. */
export const isReviewed = (c: { ChangeType: string }) => c.ChangeType === 'UpdateVisibility';

/**
 * UpdateVisibility: a lifecycle change reviewed by Seller Operations (reference §9.1; codes §5.3). The
 * review's duration and outcome are the engine's (engine.ts); this checks the request and applies it.
 */
export const updateVisibility: ChangeHandler = (_ctx, product, details) => {
  const d = isObj(details) ? details : {};
  const target = str(d.TargetVisibility);
  if (d.TargetVisibility === undefined || target === '')
    return [err('EMPTY_TARGET_VISIBILITY', 'Provide TargetVisibility: Public, Limited or Restricted.')];
  const current = product.Description.Visibility;
  if (!target || !TARGETS.includes(target))
    return [err('INVALID_TARGET_VISIBILITY', 'TargetVisibility must be Public, Limited or Restricted.')];
  if (!ALLOWED[current])
    return [
      err(
        'INVALID_PRODUCT_STATE',
        `A ${current} product cannot change visibility. Use ReleaseProduct first.`,
      ),
    ];
  if (!ALLOWED[current]!.includes(target))
    return [err('INVALID_TARGET_VISIBILITY', `A ${current} product cannot be made ${target}.`)];
  const replacement = d.ReplacementProductId;
  if (replacement !== undefined) {
    if (target !== 'Restricted')
      return [err('INVALID_REPLACEMENT_PRODUCT_ID', 'ReplacementProductId is allowed only with Restricted.')];
    if (typeof replacement !== 'string' || !REPLACEMENT_RE.test(replacement))
      return [err('INVALID_REPLACEMENT_PRODUCT_ID', `${String(replacement)} is not a product id.`)];
  }
  product.Description.Visibility = target;
  return [];
};
