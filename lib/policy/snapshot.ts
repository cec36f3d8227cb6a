import { z } from 'zod';

/*
 * The product's current state, read from a DescribeEntity ContainerProduct@1.0 DetailsDocument
 * (reference §8.1). Every field is optional and a malformed leaf is dropped rather than failing the
 * whole snapshot: a partial snapshot still lets most product-state rules run.
 */
const str = z.string().nullish().catch(undefined);
const bool = z.boolean().nullish().catch(undefined);
const strList = z.array(z.string()).nullish().catch(undefined);
const list = <T extends z.ZodType>(item: T) => z.array(item).nullish().catch(undefined);

export const snapshotDeliveryOptionSchema = z.object({
  Id: str,
  Type: str,
  SourceId: str,
  Title: str,
  ShortDescription: str,
  Visibility: str,
  Compatibility: z
    .object({ AWSServices: strList, KubernetesVersions: strList, Architectures: strList })
    .nullish()
    .catch(undefined),
  Instructions: z.object({ Usage: str }).nullish().catch(undefined),
  Recommendations: z
    .object({ DeploymentResources: list(z.object({ Text: str, Url: str })) })
    .nullish()
    .catch(undefined),
  QuickLaunchEnabled: bool,
  ReleaseName: str,
  Namespace: str,
  MarketplaceServiceAccountName: str,
  AddOnName: str,
  DisplayAddOnName: str,
  AddOnVersion: str,
  AddOnType: str,
});

export const snapshotVersionSchema = z.object({
  Id: str,
  VersionTitle: str,
  ReleaseNotes: str,
  Sources: list(z.object({ Type: str, Id: str, Images: strList, HelmChartUri: str })),
  DeliveryOptions: list(snapshotDeliveryOptionSchema),
});

/** Zod schema of the subset of a ContainerProduct DetailsDocument the rules read. */
export const productSnapshotSchema = z.object({
  Versions: list(snapshotVersionSchema),
  Repositories: list(z.object({ Url: str, Type: str })),
  Description: z.object({ ProductTitle: str, Visibility: str, ProductState: str }).nullish().catch(undefined),
  /** Pricing dimensions (reference §8.1): the only pricing fact DescribeEntity gives for a container product. */
  Dimensions: list(z.object({ Key: str, Types: strList })),
  /** Not part of the DetailsDocument: the revision from EntityIdentifier ("prod-x@7"), when known. */
  Revision: str,
});

/** The product's current state as the rules see it. */
export type ProductSnapshot = z.infer<typeof productSnapshotSchema>;
export type SnapshotVersion = z.infer<typeof snapshotVersionSchema>;
export type SnapshotDeliveryOption = z.infer<typeof snapshotDeliveryOptionSchema>;

/** Result of `parseProductSnapshot`: never an exception. */
export type SnapshotResult = { ok: true; snapshot: ProductSnapshot } | { ok: false; error: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parses a DescribeEntity response (with `DetailsDocument`, or a `Details` JSON string) or a bare
 * DetailsDocument into a ProductSnapshot. Never throws.
 */
export function parseProductSnapshot(input: unknown): SnapshotResult {
  try {
    if (!isRecord(input)) return { ok: false, error: 'The entity is not a JSON object.' };
    let doc: unknown = input;
    let revision: string | undefined;
    if (typeof input.EntityIdentifier === 'string') {
      const at = input.EntityIdentifier.lastIndexOf('@');
      if (at >= 0) revision = input.EntityIdentifier.slice(at + 1);
    }
    if (isRecord(input.DetailsDocument)) doc = input.DetailsDocument;
    else if (typeof input.Details === 'string') {
      try {
        doc = JSON.parse(input.Details);
      } catch {
        return { ok: false, error: 'The entity Details string is not valid JSON.' };
      }
    } else if ('EntityType' in input || 'EntityIdentifier' in input) {
      return { ok: false, error: 'The DescribeEntity response has no DetailsDocument or Details.' };
    }
    if (typeof input.EntityType === 'string' && !input.EntityType.startsWith('ContainerProduct@')) {
      return {
        ok: false,
        error: `The entity is a ${input.EntityType.slice(0, 60)}, not a ContainerProduct.`,
      };
    }
    if (!isRecord(doc)) return { ok: false, error: 'The entity DetailsDocument is not a JSON object.' };
    const parsed = productSnapshotSchema.safeParse(revision ? { ...doc, Revision: revision } : doc);
    if (!parsed.success)
      return { ok: false, error: 'The entity DetailsDocument does not look like a ContainerProduct.' };
    return { ok: true, snapshot: parsed.data };
  } catch {
    return { ok: false, error: 'The entity could not be read.' };
  }
}
