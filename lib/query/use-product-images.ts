'use client';
import { useQuery } from '@tanstack/react-query';

export interface ProductRepositoryImages {
  url: string;
  name: string;
  tags: { tag: string; imageUri: string; vulnerable: boolean; pushedAt: string }[];
}

/** Pushed image tags of a product's repositories; `null` when the Catalog target cannot list them (AWS). */
export function useProductImages(productId: string) {
  return useQuery({
    queryKey: ['products', productId, 'images'],
    queryFn: async (): Promise<ProductRepositoryImages[] | null> => {
      const res = await fetch(`/api/products/${encodeURIComponent(productId)}/images`, { cache: 'no-store' });
      if (!res.ok) throw new Error('The image list could not be loaded.');
      return ((await res.json()) as { repositories: ProductRepositoryImages[] | null }).repositories;
    },
    staleTime: 30_000,
  });
}
