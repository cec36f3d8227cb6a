import {
  productSnapshotSchema,
  type ProductSnapshot,
  type SnapshotDeliveryOption,
  type SnapshotVersion,
} from './snapshot';

/** A snapshot delivery option with the version that holds it. */
export interface IndexedOption {
  option: SnapshotDeliveryOption;
  version: SnapshotVersion;
  /** Images of the option's source (Sources[].Images by SourceId). */
  images?: string[];
}

/** Lookups the product-state rules need, built once per snapshot. */
export interface ProductIndex {
  snapshot: ProductSnapshot;
  /** Description.Visibility, e.g. "Draft" | "Limited" | "Public" | "Restricted". */
  visibility?: string;
  options: Map<string, IndexedOption>;
  /** Version title → version id (or "" when the version has no id). */
  versionTitles: Map<string, string>;
  /** Lowercased "host/path" of every product repository. */
  repoKeys: Set<string>;
  /** Lowercased repository names: the path after the seller namespace, and the full path. */
  repoNames: Set<string>;
  /** The seller namespace (first path segment of the repository URLs), when consistent. */
  sellerNamespace?: string;
  publicOptionIds: Set<string>;
  addOn: { names: Set<string>; types: Set<string>; namespaces: Set<string>; versions: Set<string> };
}

/* The live panel evaluates on every keystroke against the same snapshot object: index it once. */
const cache = new WeakMap<object, ProductIndex>();

/**
 * Builds (or returns the cached) index of a snapshot. The input is re-validated (leniently) because
 * callers may hand over an unparsed object; the cache makes that a one-off cost per snapshot.
 */
export function indexProduct(input: ProductSnapshot): ProductIndex | undefined {
  const hit = cache.get(input);
  if (hit) return hit;
  const parsed = productSnapshotSchema.safeParse(input);
  if (!parsed.success) return undefined;
  const snapshot = parsed.data;
  const ix: ProductIndex = {
    snapshot,
    visibility: snapshot.Description?.Visibility ?? undefined,
    options: new Map(),
    versionTitles: new Map(),
    repoKeys: new Set(),
    repoNames: new Set(),
    publicOptionIds: new Set(),
    addOn: { names: new Set(), types: new Set(), namespaces: new Set(), versions: new Set() },
  };
  const namespaces = new Set<string>();
  for (const r of snapshot.Repositories ?? []) {
    const url = r?.Url?.toLowerCase();
    if (!url) continue;
    ix.repoKeys.add(url);
    const path = url.slice(url.indexOf('/') + 1);
    const slash = path.indexOf('/');
    ix.repoNames.add(path);
    if (slash >= 0) {
      namespaces.add(path.slice(0, slash));
      ix.repoNames.add(path.slice(slash + 1));
    }
  }
  if (namespaces.size === 1) ix.sellerNamespace = [...namespaces][0];
  for (const v of snapshot.Versions ?? []) {
    if (!v) continue;
    if (v.VersionTitle) ix.versionTitles.set(v.VersionTitle, v.Id ?? '');
    const sources = new Map<string, string[]>();
    for (const s of v.Sources ?? []) if (s?.Id && s.Images) sources.set(s.Id, s.Images);
    for (const o of v.DeliveryOptions ?? []) {
      if (!o?.Id) continue;
      ix.options.set(o.Id, {
        option: o,
        version: v,
        images: o.SourceId ? sources.get(o.SourceId) : undefined,
      });
      if (o.Visibility === 'Public') ix.publicOptionIds.add(o.Id);
      if (o.Type === 'EksAddOn') addAddOn(ix, o);
    }
  }
  cache.set(input, ix);
  return ix;
}

function addAddOn(ix: ProductIndex, o: SnapshotDeliveryOption): void {
  // AWS prefixes AddOnName with the seller alias ("alias_name"); keep both spellings comparable.
  for (const n of [o.AddOnName, o.DisplayAddOnName]) {
    if (!n) continue;
    ix.addOn.names.add(n);
    const u = n.indexOf('_');
    if (u >= 0) ix.addOn.names.add(n.slice(u + 1));
  }
  if (o.AddOnType) ix.addOn.types.add(o.AddOnType);
  if (o.Namespace) ix.addOn.namespaces.add(o.Namespace);
  if (o.AddOnVersion) ix.addOn.versions.add(o.AddOnVersion);
}
