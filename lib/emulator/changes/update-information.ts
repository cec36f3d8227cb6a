import { err, isObj, str } from './fields';
import type { ChangeHandler, ErrorDetail, ProductDoc } from './types';

const LIMITS: Record<string, number> = {
  ProductTitle: 72,
  ShortDescription: 1000,
  LongDescription: 5000,
  Sku: 100,
  SupportDescription: 2000,
};
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

/** UpdateInformation: listing metadata (reference §9.1; codes from §5.3, not from seed 001). */
export const updateInformation: ChangeHandler = (_ctx, product, details) => {
  if (!isObj(details)) return [err('INVALID_INPUT', 'The input for this change type could not be read.')];
  const d = details;
  const out: ErrorDetail[] = [];
  for (const [k, max] of Object.entries(LIMITS)) {
    const v = d[k];
    if (v !== undefined && v !== null && (typeof v !== 'string' || v.length > max))
      out.push(err('INVALID_INPUT', `Provide ${k} with no more than ${max} characters.`));
  }
  if (product.Description.ProductState === 'Draft' && !hasCoreFields(product)) {
    const missing = DRAFT_REQUIRED.filter(
      (k) => d[k] === undefined && !(k === 'ProductTitle' && product.Description.ProductTitle),
    );
    if (missing.length) out.push(err('MISSING_DATA', `Provide ${missing.join(', ')} information.`));
  }
  if (d.LogoUrl !== undefined && !(typeof d.LogoUrl === 'string' && S3_HTTPS_RE.test(d.LogoUrl)))
    out.push(err('INVALID_MEDIA', 'Provide an accessible https Amazon S3 URL for LogoUrl.'));
  const keywords = Array.isArray(d.SearchKeywords) ? d.SearchKeywords.map(String) : [];
  if (keywords.join('').length > 250)
    out.push(err('INVALID_INPUT', 'Search keywords must be no more than 250 combined characters.'));
  if (
    d.Highlights !== undefined &&
    (!Array.isArray(d.Highlights) || d.Highlights.length < 1 || d.Highlights.length > 3)
  )
    out.push(err('INVALID_INPUT', 'Provide 1 to 3 Highlights.'));
  if (
    d.Categories !== undefined &&
    (!Array.isArray(d.Categories) || d.Categories.length < 1 || d.Categories.length > 3)
  )
    out.push(err('INVALID_CATEGORY_NAMES', 'Provide 1 to 3 categories.'));
  if (Array.isArray(d.AdditionalResources) && d.AdditionalResources.length > 3)
    out.push(err('INVALID_ADDITIONAL_RESOURCES', 'Provide no more than 3 additional resources.'));
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
