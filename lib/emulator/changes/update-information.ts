import { err, isObj, str } from './fields';
import type { ChangeHandler, ErrorDetail, ProductDoc } from './types';

const DRAFT_REQUIRED = [
  'ProductTitle',
  'ShortDescription',
  'LongDescription',
  'LogoUrl',
  'Highlights',
  'SupportDescription',
  'Categories',
  'SearchKeywords',
];
const S3_HTTPS_RE = /^https:\/\/[a-z0-9.-]*s3[a-z0-9.-]*\.amazonaws\.com\/\S+$/;

/** UpdateInformation: listing metadata, asynchronous checks (reference §9.1; codes from §5.3, not from seed 001). */
export const updateInformation: ChangeHandler = (_ctx, product, details) => {
  if (!isObj(details)) return [err('INVALID_INPUT', 'The input for this change type could not be read.')];
  const d = details;
  const out: ErrorDetail[] = [];
  // Lengths and list sizes were checked synchronously (handlers/listing-fields.ts).
  if (!Object.keys(d).length)
    out.push(
      err('INVALID_INPUT', 'The input for this change type could not be read: provide a field to update.'),
    );
  if (product.Description.ProductState === 'Draft' && !hasCoreFields(product)) {
    const missing = DRAFT_REQUIRED.filter(
      (k) => d[k] === undefined && !(k === 'ProductTitle' && product.Description.ProductTitle),
    );
    if (missing.length) out.push(err('MISSING_DATA', `Provide ${missing.join(', ')} information.`));
  }
  if (d.LogoUrl !== undefined && !(typeof d.LogoUrl === 'string' && S3_HTTPS_RE.test(d.LogoUrl)))
    out.push(err('INVALID_MEDIA', 'Provide an accessible https Amazon S3 URL for LogoUrl.'));
  if (out.length) return out;
  const desc = product.Description;
  for (const k of [
    'ProductTitle',
    'ShortDescription',
    'LongDescription',
    'Sku',
    'Highlights',
    'SearchKeywords',
    'Categories',
  ] as const)
    if (d[k] !== undefined) (desc as Record<string, unknown>)[k] = d[k];
  if (d.LogoUrl !== undefined) product.PromotionalResources.LogoUrl = d.LogoUrl;
  if (Array.isArray(d.VideoUrls))
    product.PromotionalResources.Videos = d.VideoUrls.map((Url) => ({
      Type: 'Link',
      Title: 'Product video',
      Url,
    }));
  if (Array.isArray(d.AdditionalResources))
    product.PromotionalResources.AdditionalResources = d.AdditionalResources.filter(isObj).map((r) => ({
      Type: 'Link',
      Text: str(r.Text),
      Url: str(r.Url),
    }));
  if (d.SupportDescription !== undefined) product.SupportInformation.Description = d.SupportDescription;
  return [];
};

function hasCoreFields(p: ProductDoc): boolean {
  return !!(
    p.Description.ShortDescription &&
    p.Description.LongDescription &&
    p.PromotionalResources.LogoUrl
  );
}
