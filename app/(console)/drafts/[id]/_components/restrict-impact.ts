import type { VersionView } from '@/lib/catalog/types';

/** What buyers lose when these delivery options are restricted (seed 001, "Restrict a version"). */
export interface RestrictImpact {
  /** "Version — option" for each chosen option the product has. */
  options: string[];
  /** Versions whose every remaining option is chosen: they leave the AWS Marketplace catalog. */
  versionsRemoved: string[];
}

export function restrictImpact(versions: VersionView[], optionIds: readonly string[]): RestrictImpact {
  const chosen = new Set(optionIds);
  const options: string[] = [];
  const versionsRemoved: string[] = [];
  for (const v of versions) {
    const open = v.deliveryOptions.filter((o) => o.visibility !== 'Restricted');
    const hit = open.filter((o) => chosen.has(o.id));
    for (const o of hit) options.push(`${v.title} — ${o.title}`);
    if (hit.length > 0 && hit.length === open.length) versionsRemoved.push(v.title);
  }
  return { options, versionsRemoved };
}
