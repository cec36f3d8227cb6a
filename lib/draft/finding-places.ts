/*
 * Where a checklist finding is, in the seller's words: which delivery option it is about, and
 * which listed image. Pure: the wizard's checklist and its image rows read it.
 */
import type { Finding } from '@/lib/policy';
import { fieldForPolicyPath } from './builders';

/** What names the options: the form's titles, and for restrict/visibility drafts the chosen ids. */
export interface OptionNames {
  /** `titles[i]` is form option i's title. */
  titles: readonly string[];
  /** `optionIndex[j]` is the form option behind DeliveryOptions[j]. */
  optionIndex: readonly number[];
  /** Restrict / visibility drafts: the chosen option ids, in request order. */
  optionIds?: readonly string[];
  /** A live option's display name by id. */
  labelOfId?(id: string): string | undefined;
}

const OPTION = /\.(?:DeliveryOptions|DeliveryOptionIds)\[(\d+)\]/;

/** "Delivery option “Helm on EKS”" (or "Delivery option 2" while untitled) for a finding's path. */
export function optionNameOf(path: string, n: OptionNames): string | undefined {
  const m = OPTION.exec(path);
  if (!m) return undefined;
  const j = Number(m[1]);
  const i = n.optionIndex[j];
  if (i === undefined) {
    const id = n.optionIds?.[j];
    const label = id ? (n.labelOfId?.(id) ?? id) : undefined;
    return label ? `Delivery option “${label}”` : `Delivery option ${j + 1}`;
  }
  const title = n.titles[i]?.trim();
  return title ? `Delivery option “${title}”` : `Delivery option ${i + 1}`;
}

/** The value a request path points at (`A[0].B.C[2]`), or undefined. */
export function valueAtRequestPath(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (!v || typeof v !== 'object') return undefined;
    v = key !== undefined ? (v as Record<string, unknown>)[key] : (v as unknown[])[Number(index)];
  }
  return v;
}

/**
 * Error findings about one listed image, by form field and image URI: `{ "options.0.images":
 * { "<uri>": message } }`, so the image picker can show each at its row.
 */
export function imageFindings(
  findings: readonly Finding[],
  request: unknown,
  optionIndex: readonly number[],
): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const f of findings) {
    if (f.severity !== 'error' || !/\.ContainerImages\[\d+\]$/.test(f.path)) continue;
    if (/\.Chart(?:\.|$)/.test(f.path)) continue;
    const field = fieldForPolicyPath(f.path, optionIndex);
    const uri = valueAtRequestPath(request, f.path);
    if (!field || typeof uri !== 'string') continue;
    const row = (out[field] ??= {});
    row[uri] ??= f.message;
  }
  return out;
}
