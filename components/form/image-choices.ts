import type { ProductRepositoryImages } from '@/lib/query/use-product-images';

/**
 * The pushed tags the image picker offers: Helm chart tags are not container images. The local
 * Catalog service does not record artifact types, so a chart is known by the draft using it: any
 * tag that a delivery option of the draft names as its Helm chart URI is left out (`chartTags`
 * counts them, so the repository can say why it looks empty). Pure.
 */
export function imageChoices(
  repos: readonly ProductRepositoryImages[],
  chartUris: readonly string[],
): (ProductRepositoryImages & { chartTags: number })[] {
  const charts = new Set(chartUris.map((u) => u.trim()).filter(Boolean));
  return repos.map((r) => {
    const tags = r.tags.filter((t) => !charts.has(t.imageUri));
    return { ...r, tags, chartTags: r.tags.length - tags.length };
  });
}
