import 'server-only';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

/** One repository of a product with the image tags pushed to it (local Catalog service only). */
export interface RepositoryImages {
  url: string;
  name: string;
  tags: { tag: string; imageUri: string; vulnerable: boolean; pushedAt: string }[];
}

/**
 * The image tags pushed to a product's repositories. Only the local Catalog service can tell (AWS
 * exposes the Marketplace ECR registry to `docker`, not to the Catalog API), so on AWS this returns
 * `undefined` and the wizard asks for the image URI instead.
 */
export async function listRepositoryImages(productId: string): Promise<RepositoryImages[] | undefined> {
  const e = env();
  if (!e.isLocalCatalog || !e.catalogEndpoint) return undefined;
  try {
    const res = await fetch(
      `${e.catalogEndpoint}/_emulator/images?productId=${encodeURIComponent(productId)}`,
      { cache: 'no-store', signal: AbortSignal.timeout(e.WHARF_CATALOG_TIMEOUT_MS) },
    );
    if (!res.ok) return [];
    const body = (await res.json()) as { repositories?: RepositoryImages[] };
    return body.repositories ?? [];
  } catch {
    return undefined;
  }
}

/** Simulates `docker push` of a tag into a product repository of the local Catalog service. */
export async function simulateImagePush(input: {
  repository: string;
  tag: string;
  vulnerable?: boolean;
}): Promise<{ imageUri: string }> {
  const e = env();
  if (!e.isLocalCatalog || !e.catalogEndpoint)
    throw new AppError(
      'INVALID_INPUT',
      'Image pushes can only be simulated against the local Catalog service.',
    );
  let res: Response;
  try {
    res = await fetch(`${e.catalogEndpoint}/_emulator/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
      signal: AbortSignal.timeout(e.WHARF_CATALOG_TIMEOUT_MS),
    });
  } catch {
    throw new AppError('UNAVAILABLE', 'The local Catalog service cannot be reached.');
  }
  const body = (await res.json().catch(() => ({}))) as { imageUri?: string; error?: string };
  if (!res.ok)
    throw new AppError(
      res.status === 404 ? 'NOT_FOUND' : 'INVALID_INPUT',
      body.error ?? 'The push was refused.',
    );
  return { imageUri: body.imageUri ?? `${input.repository}:${input.tag}` };
}
