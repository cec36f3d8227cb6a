/*
 * The image tags a draft revision delivers, with what the registry says of each. Pure: the server
 * reads the registry (lib/catalog/registry) and passes its answer in.
 */
import { valuesMatching } from './evidence';

/** What the registry knows of one tag: scanned clean, scanned with findings, not pushed, or nobody can say. */
export type ScanStatus = 'clean' | 'findings' | 'not-pushed' | 'unknown';

export interface ImageScan {
  image: string;
  scan: ScanStatus;
}

/** The registry's answer, as lib/catalog/registry returns it (undefined: the registry cannot be read). */
export type RegistryTags = readonly { tags: readonly { imageUri: string; vulnerable: boolean }[] }[];

export const SCAN_LABELS: Record<ScanStatus, string> = {
  clean: 'Scanned, no findings',
  findings: 'Scan findings',
  'not-pushed': 'Not in the registry',
  unknown: 'Scan status unknown',
};

/** The distinct ContainerImages of the request, in order. */
export function requestImages(request: unknown): string[] {
  const found = valuesMatching(request, 'DeliveryOptions[].Details.*.ContainerImages[]', 500);
  return [...new Set(found.map((v) => v.value))];
}

/** Each image with its scan status; on AWS (no registry answer) every status is unknown. */
export function imageScans(images: readonly string[], registry: RegistryTags | undefined): ImageScan[] {
  const tags = new Map<string, boolean>();
  for (const r of registry ?? []) for (const t of r.tags) tags.set(t.imageUri, t.vulnerable);
  return images.map((image) => {
    if (!registry) return { image, scan: 'unknown' };
    const vulnerable = tags.get(image);
    if (vulnerable === undefined) return { image, scan: 'not-pushed' };
    return { image, scan: vulnerable ? 'findings' : 'clean' };
  });
}
