import type { ErrorDetail, EvalContext, ProductDoc } from './types';

/*
 * Registry checks on image and chart URIs. Every condition here is decidable from the request, the
 * product's repositories and the tags pushed to them, which is exactly what the emulator knows.
 */
const IMAGE_RE =
  /^(?<registry>[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?)\/(?<repo>[a-z0-9._/-]+?)(?::(?<tag>[^@/]+))?(?:@(?<digest>sha256:[a-f0-9]{64}))?$/;
const ECR_HOST_RE = /^\d{12}\.dkr\.ecr\.[a-z0-9-]{4,24}\.amazonaws\.com$/;
/** Docker's tag grammar. */
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
export const SEMVER2_RE =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export interface ParsedImage {
  repository: string;
  tag?: string;
  digest?: string;
  isEcr: boolean;
}

/** A reference without a registry host is Docker Hub's ("nginx:1.25" is docker.io/library/nginx:1.25). */
const withRegistry = (uri: string) => {
  const first = uri.split('/')[0]!;
  if (uri.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) return uri;
  return `docker.io/${uri.includes('/') ? '' : 'library/'}${uri}`;
};

export function parseImage(uri: string): ParsedImage | undefined {
  const m = IMAGE_RE.exec(withRegistry(uri.trim()));
  if (!m?.groups || (!m.groups.tag && !m.groups.digest)) return undefined;
  const registry = m.groups.registry!;
  return {
    repository: `${registry}/${m.groups.repo}`,
    tag: m.groups.tag,
    digest: m.groups.digest,
    isEcr: ECR_HOST_RE.test(registry),
  };
}

const err = (ErrorCode: string, ErrorMessage: string): ErrorDetail => ({ ErrorCode, ErrorMessage });

/** The ContainerImages checks shared by AddDeliveryOptions and UpdateDeliveryOptions. */
export function checkImages(ctx: EvalContext, product: ProductDoc, images: unknown): ErrorDetail[] {
  if (!Array.isArray(images) || images.length === 0)
    return [err('MISSING_CONTAINER_IMAGES', 'Provide at least 1 container image.')];
  const out: ErrorDetail[] = [];
  if (images.length > 50)
    out.push(err('TOO_MANY_CONTAINER_IMAGES', 'Provide fewer than 50 container images.'));
  const strings = images.map((i) => (typeof i === 'string' ? i : ''));
  const dupes = [...new Set(strings.filter((s, i) => strings.indexOf(s) !== i))];
  if (dupes.length)
    out.push(
      err(
        'DUPLICATE_CONTAINER_IMAGES',
        `The container image list contains duplicate images: [${dupes.join(', ')}]. Provide a list with unique images.`,
      ),
    );
  const repos = new Set(product.Repositories.map((r) => r.Url));
  for (const uri of new Set(strings)) out.push(...checkOneImage(ctx, repos, uri));
  return out;
}

function checkOneImage(ctx: EvalContext, repos: Set<string>, uri: string): ErrorDetail[] {
  const parsed = parseImage(uri);
  if (!parsed)
    return [
      err(
        'INVALID_CONTAINER_IMAGES',
        `Provide a valid URI for the container image. Invalid: ${uri || '(empty)'}`,
      ),
    ];
  if (!parsed.isEcr)
    return [err('IMAGE_NOT_FOUND', `The public image URI ${uri} is invalid. Provide a valid URI.`)];
  if (!repos.has(parsed.repository)) {
    return [
      err(
        'INVALID_CONTAINER_IMAGE_REPOSITORY',
        `The repositories [${parsed.repository}] are invalid. Provide repositories created through the AddRepositories change type.`,
      ),
    ];
  }
  if (parsed.tag === 'latest')
    return [err('INVALID_CONTAINER_IMAGE_TAG', `Avoid using 'latest' tag. Image: ${uri}`)];
  if (parsed.tag !== undefined && !TAG_RE.test(parsed.tag)) {
    return [
      err(
        'INVALID_CONTAINER_IMAGE_TAG_FORMAT',
        `The container image tag [${parsed.tag}] is invalid. Provide a tag conforming to the ${TAG_RE.source} regular expression.`,
      ),
    ];
  }
  const info = findImage(ctx, parsed);
  if (!info) {
    return [
      err(
        'INVALID_CONTAINER_IMAGE_URI',
        `The image [${uri}] doesn't have access to this product. Upload the image to its corresponding product repository. For information about uploading, see Getting started with container products.`,
      ),
    ];
  }
  if (info.vulnerable) {
    return [
      err(
        'SCAN_ERROR',
        `Fix security vulnerability "CVE-2024-3094" on Image "${uri}". Findings: ${ctx.findingsBase}/${info.digest.replace('sha256:', '')}.json`,
      ),
    ];
  }
  return [];
}

function findImage(ctx: EvalContext, p: ParsedImage) {
  if (p.tag !== undefined) return ctx.images.get(`${p.repository}:${p.tag}`);
  for (const [key, info] of ctx.images)
    if (key.startsWith(`${p.repository}:`) && info.digest === p.digest) return info;
  return undefined;
}

/** HelmChartUri: an ECR URI in a product repository whose tag is SemVer 2 and has been pushed. */
export function checkChartUri(ctx: EvalContext, product: ProductDoc, uri: unknown): ErrorDetail[] {
  const parsed = typeof uri === 'string' ? parseImage(uri) : undefined;
  if (!parsed || !parsed.isEcr || !parsed.tag || !SEMVER2_RE.test(parsed.tag)) {
    return [
      err(
        'INVALID_HELM_CHART_URI',
        `The Helm chart URI [${String(uri ?? '')}] is invalid. Provide a URI in the SemVer 2 format.`,
      ),
    ];
  }
  return checkOneImage(ctx, new Set(product.Repositories.map((r) => r.Url)), uri as string);
}

/** Every image and chart a product's versions reference, for tests and the admin view. */
export function referencedImages(product: ProductDoc): string[] {
  return product.Versions.flatMap((v) =>
    v.Sources.flatMap((s) => [...(s.Images ?? []), ...(s.HelmChartUri ? [s.HelmChartUri] : [])]),
  );
}
