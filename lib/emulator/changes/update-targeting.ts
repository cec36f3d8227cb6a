import { err, isObj } from './fields';
import type { ChangeHandler } from './types';

/** The developer guide's limit (the shape library says 100; reference §9.1). */
export const MAX_BUYER_ACCOUNTS = 5000;
const ACCOUNT_RE = /^\d{12}$/;

/**
 * UpdateTargeting: the allowlist of buyer accounts that may see a Limited product (reference §9.1;
 * codes §5.3). A Draft takes it too, since AWS's typical sequence sets it in the change set that creates
 * the product (§9.4 step 1); a Public or Restricted product does not. The list replaces the previous
 * one; repeated ids are kept once, as the allowlist is a set.
 */
export const updateTargeting: ChangeHandler = (_ctx, product, details) => {
  const positive = isObj(details) && isObj(details.PositiveTargeting) ? details.PositiveTargeting : undefined;
  const accounts = positive?.BuyerAccounts;
  if (!Array.isArray(accounts))
    return [
      err('INVALID_AWS_ACCOUNT_IDS', 'Provide PositiveTargeting.BuyerAccounts as a list of account ids.'),
    ];
  const visibility = product.Description.Visibility;
  if (visibility !== 'Limited' && visibility !== 'Draft')
    return [
      err(
        'INVALID_PRODUCT_VISIBILITY',
        `Buyer accounts can be allowlisted only for a Limited product; this one is ${visibility}.`,
      ),
    ];
  const bad = accounts.filter((a) => typeof a !== 'string' || !ACCOUNT_RE.test(a));
  if (bad.length)
    return [
      err(
        'INVALID_AWS_ACCOUNT_IDS',
        `AWS account ids must be 12 digits. Invalid: [${bad.map((a) => String(a)).join(', ')}].`,
      ),
    ];
  const unique = [...new Set(accounts as string[])];
  if (unique.length > MAX_BUYER_ACCOUNTS)
    return [err('INVALID_AWS_ACCOUNT_IDS', `Provide at most ${MAX_BUYER_ACCOUNTS} buyer accounts.`)];
  product.Targeting = { PositiveTargeting: { BuyerAccounts: unique } };
  return [];
};
