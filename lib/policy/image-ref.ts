import { ECR_HOST, EXTERNAL_REGISTRY, IMAGE_DIGEST, IMAGE_REPO, IMAGE_TAG } from './patterns';

/** A container image reference split into its parts. */
export interface ImageRef {
  raw: string;
  /** Registry host; "docker.io" when the reference names none. */
  host: string;
  hasExplicitHost: boolean;
  repository: string;
  tag?: string;
  /** Whether the tag (when there is one) follows the Docker tag grammar. */
  tagValid: boolean;
  /** Tagged 'latest' (any case), or neither tag nor digest, which pulls 'latest'. */
  latest: 'tag' | 'implicit' | false;
  digest?: string;
  /** Whether the reference is syntactically a valid image URI. */
  valid: boolean;
  isEcr: boolean;
  isExternal: boolean;
  /** "host/repository", lowercased, for comparison with product repository URLs. */
  repoKey: string;
}

/* The live checklist re-evaluates on every keystroke with mostly unchanged images, so parse results
   are memoised; the cap keeps memory bounded when a user pastes many different strings. */
const cache = new Map<string, ImageRef>();
const CACHE_MAX = 4096;

/** Splits an image reference ("host/repo:tag@digest"). Never throws. */
export function parseImageRef(raw: string): ImageRef {
  const hit = cache.get(raw);
  if (hit) return hit;
  const ref = parse(raw);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(raw, ref);
  return ref;
}

function parse(raw: string): ImageRef {
  let rest = raw;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  const hasExplicitHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const host = hasExplicitHost ? first.toLowerCase() : 'docker.io';
  if (hasExplicitHost) rest = rest.slice(slash + 1);
  const colon = rest.lastIndexOf(':');
  const tag = colon >= 0 ? rest.slice(colon + 1) : undefined;
  const repository = colon >= 0 ? rest.slice(0, colon) : rest;
  const valid =
    raw.length > 0 &&
    raw.length <= 1000 &&
    !/\s/.test(raw) &&
    IMAGE_REPO.test(repository) &&
    (tag === undefined || tag.length > 0) &&
    (digest === undefined || IMAGE_DIGEST.test(digest));
  return {
    raw,
    host,
    hasExplicitHost,
    repository,
    tag,
    tagValid: tag === undefined || IMAGE_TAG.test(tag),
    latest:
      tag?.toLowerCase() === 'latest'
        ? 'tag'
        : tag === undefined && digest === undefined
          ? 'implicit'
          : false,
    digest,
    valid,
    isEcr: ECR_HOST.test(host),
    isExternal: !hasExplicitHost || EXTERNAL_REGISTRY.test(host.replace(/:\d+$/, '')),
    repoKey: `${host}/${repository}`.toLowerCase(),
  };
}

/** Whether a tag is well formed (Docker grammar). */
export function isValidTag(tag: string): boolean {
  return IMAGE_TAG.test(tag);
}
