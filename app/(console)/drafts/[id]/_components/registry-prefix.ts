import type { ProductDetail } from '@/lib/catalog/types';

/** `<registry>/<seller namespace>` from the product's repositories (the URI new names resolve under). */
export function registryPrefixOf(product: Pick<ProductDetail, 'repositories'>): string {
  const url = product.repositories[0]?.url;
  if (url) return url.slice(0, url.lastIndexOf('/'));
  return '<account>.dkr.ecr.us-east-1.amazonaws.com/<seller>';
}
