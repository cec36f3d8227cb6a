import type { ChartAnalysis, DeliveryMethod } from './types';
import type { ProductSnapshot } from './snapshot';
import { indexProduct, type ProductIndex } from './product-index';
import { parseImageRef, type ImageRef } from './image-ref';
import { pricingOf } from './pricing';
import { isRecord } from './util';

/** One change of a StartChangeSet request, as sent (Details string or DetailsDocument). */
export interface ChangeInput {
  ChangeType: string;
  Entity: { Type: string; Identifier?: string };
  DetailsDocument?: unknown;
  Details?: string;
  ChangeName?: string;
}

/** A StartChangeSet request body (reference §4.1). */
export interface ChangeSetRequest {
  Catalog?: string;
  ChangeSet: ChangeInput[];
}

/** Pricing facts the rules can use when the console knows them (offer terms live elsewhere). */
export interface PricingContext {
  model?: 'Free' | 'Byol' | 'Usage' | 'Contract';
}

/** Everything the rules evaluate. Only `request` is required. */
export interface PolicyContext {
  request: ChangeSetRequest | unknown;
  product?: ProductSnapshot;
  /** Chart analyses keyed by delivery-option path, e.g. "ChangeSet[0].DetailsDocument.DeliveryOptions[1]". */
  charts?: Record<string, ChartAnalysis>;
  attestations?: Record<string, { by: string; at: string }>;
  /** Pricing known from elsewhere (offers); without it, the product's dimensions decide. */
  pricing?: PricingContext;
}

/** One change, normalised. `details` is the parsed DetailsDocument when it is an object. */
export interface ChangeTarget {
  index: number;
  path: string;
  detailsPath: string;
  type: string;
  entityType?: string;
  entityId?: string;
  raw: Record<string, unknown>;
  details?: Record<string, unknown>;
  /** Why the details could not be read, when they could not. */
  detailsError?: string;
  options: OptionTarget[];
}

/** One image of a delivery option; `path` is computed on demand (most images never need it). */
export class ImageItem {
  constructor(
    readonly ref: ImageRef,
    private readonly base: string,
    private readonly index: number,
  ) {}
  get path(): string {
    return `${this.base}.ContainerImages[${this.index}]`;
  }
}

/** One delivery option of an AddDeliveryOptions or UpdateDeliveryOptions change. */
export interface OptionTarget {
  change: ChangeTarget;
  index: number;
  path: string;
  raw: Record<string, unknown>;
  /** Undefined when Details names no (or more than one) delivery method. */
  method?: DeliveryMethod;
  methodCount: number;
  /** The method's details object (empty when absent) and its path. */
  d: Record<string, unknown>;
  dPath: string;
  images?: ImageItem[];
}

/** The context after one pass of normalisation and indexing; rules read only this. */
export interface Indexed {
  ctx: PolicyContext;
  isChangeSet: boolean;
  changes: ChangeTarget[];
  options: OptionTarget[];
  product?: ProductIndex;
  /** `ctx.pricing` when the caller knows it, else what the product snapshot tells (its dimensions). */
  pricing?: PricingContext;
  /** Repository names added by AddRepositories changes of this request. */
  newRepoNames: Set<string>;
}

export const METHOD_KEYS: Record<string, DeliveryMethod> = {
  EcrDeliveryOptionDetails: 'ecr',
  HelmDeliveryOptionDetails: 'helm',
  EksAddOnDeliveryOptionDetails: 'eks-addon',
};

function normaliseOption(change: ChangeTarget, raw: unknown, j: number): OptionTarget {
  const path = `${change.detailsPath}.DeliveryOptions[${j}]`;
  const o = isRecord(raw) ? raw : {};
  const details = isRecord(o.Details) ? o.Details : {};
  let method: DeliveryMethod | undefined;
  let key = '';
  let methodCount = 0;
  for (const k in details) {
    const m = Object.hasOwn(METHOD_KEYS, k) ? METHOD_KEYS[k] : undefined;
    if (m) {
      methodCount++;
      method = m;
      key = k;
    }
  }
  if (methodCount !== 1) method = undefined;
  const d = method && isRecord(details[key]) ? (details[key] as Record<string, unknown>) : {};
  return { change, index: j, path, raw: o, method, methodCount, d, dPath: `${path}.Details.${key || '?'}` };
}

function normaliseChange(raw: unknown, i: number): ChangeTarget {
  const c = isRecord(raw) ? raw : {};
  const entity = isRecord(c.Entity) ? c.Entity : {};
  const usesString = c.DetailsDocument === undefined && typeof c.Details === 'string';
  const t: ChangeTarget = {
    index: i,
    path: `ChangeSet[${i}]`,
    detailsPath: `ChangeSet[${i}].${usesString ? 'Details' : 'DetailsDocument'}`,
    type: typeof c.ChangeType === 'string' ? c.ChangeType : '',
    entityType: typeof entity.Type === 'string' ? entity.Type : undefined,
    entityId: typeof entity.Identifier === 'string' ? entity.Identifier : undefined,
    raw: c,
    options: [],
  };
  let doc: unknown = c.DetailsDocument;
  if (usesString) {
    try {
      doc = JSON.parse(c.Details as string);
    } catch {
      t.detailsError = 'Details is not valid JSON.';
    }
  }
  if (isRecord(doc)) t.details = doc;
  else if (!t.detailsError)
    t.detailsError =
      doc === undefined ? 'The change has no DetailsDocument.' : 'The DetailsDocument is not a JSON object.';
  const opts = t.details?.DeliveryOptions;
  if (Array.isArray(opts) && (t.type === 'AddDeliveryOptions' || t.type === 'UpdateDeliveryOptions')) {
    t.options = opts.map((o, j) => normaliseOption(t, o, j));
  }
  return t;
}

/** Normalises the request and indexes the snapshot once. Never throws. */
export function buildIndex(ctx: PolicyContext): Indexed {
  const req = isRecord(ctx.request) ? ctx.request : {};
  const isChangeSet = Array.isArray(req.ChangeSet);
  const changes = isChangeSet ? (req.ChangeSet as unknown[]).map(normaliseChange) : [];
  const newRepoNames = new Set<string>();
  for (const c of changes) {
    if (c.type !== 'AddRepositories' || !Array.isArray(c.details?.Repositories)) continue;
    for (const r of c.details.Repositories) {
      if (isRecord(r) && typeof r.RepositoryName === 'string')
        newRepoNames.add(r.RepositoryName.toLowerCase());
    }
  }
  return {
    ctx,
    isChangeSet,
    changes,
    options: changes.flatMap((c) => c.options),
    product: ctx.product && isRecord(ctx.product) ? indexProduct(ctx.product) : undefined,
    pricing: isRecord(ctx.pricing) ? ctx.pricing : pricingOf(isRecord(ctx.product) ? ctx.product : undefined),
    newRepoNames,
  };
}

/** The option's ContainerImages parsed once (undefined when the field is absent or not a list). */
export function imagesOf(o: OptionTarget): ImageItem[] | undefined {
  if (o.images) return o.images;
  const list = o.d.ContainerImages;
  if (!Array.isArray(list)) return undefined;
  const items: ImageItem[] = [];
  for (let k = 0; k < list.length; k++) {
    const v = list[k];
    if (typeof v === 'string') items.push(new ImageItem(parseImageRef(v), o.dPath, k));
  }
  o.images = items;
  return items;
}

/** Delivery option title: top-level in AddDeliveryOptions, inside Details in UpdateDeliveryOptions. */
export function optionTitle(o: OptionTarget): { value: unknown; path: string; present: boolean } {
  if (o.change.type === 'AddDeliveryOptions') {
    return {
      value: o.raw.DeliveryOptionTitle,
      path: `${o.path}.DeliveryOptionTitle`,
      present: 'DeliveryOptionTitle' in o.raw,
    };
  }
  return {
    value: o.d.DeliveryOptionTitle,
    path: `${o.dPath}.DeliveryOptionTitle`,
    present: 'DeliveryOptionTitle' in o.d,
  };
}
