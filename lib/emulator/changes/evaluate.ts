import { CHANGE_HANDLERS, emptyProduct } from './index';
import type { ErrorDetail, EvalContext, ProductDoc } from './types';

/** A change as stored on the change set (references already resolved to entity ids). */
export interface StoredChange {
  ChangeType: string;
  ChangeName?: string;
  Entity: { Type: string; Identifier: string };
  /** Plain entity id the change targets (the new id for CreateProduct). */
  entityId: string;
  DetailsDocument: unknown;
  Details: string;
  EntityTags?: { Key: string; Value: string }[];
  ErrorDetailList: ErrorDetail[];
}

export interface Evaluation {
  errors: ErrorDetail[][];
  products: Map<string, ProductDoc>;
  failed: boolean;
}

/**
 * Runs every change against working copies of the products, CreateProduct first ("Catalog API
 * evaluates which order the changes need to be applied"). Pure: the caller decides whether to persist.
 */
export function evaluate(
  ctx: EvalContext,
  changes: StoredChange[],
  current: Map<string, ProductDoc>,
): Evaluation {
  const products = new Map<string, ProductDoc>();
  for (const [id, doc] of current) products.set(id, structuredClone(doc));
  const errors: ErrorDetail[][] = changes.map(() => []);
  const order = changes.map((c, i) => i).sort((a, b) => rank(changes[a]!) - rank(changes[b]!));
  for (const i of order) {
    const change = changes[i]!;
    if (change.ChangeType === 'CreateProduct') products.set(change.entityId, emptyProduct());
    const product = products.get(change.entityId);
    const handler = CHANGE_HANDLERS[change.ChangeType];
    if (!product || !handler) {
      errors[i] = [
        {
          ErrorCode: 'INVALID_INPUT',
          ErrorMessage: `Entity ${change.entityId} is not available for ${change.ChangeType}.`,
        },
      ];
      continue;
    }
    errors[i] = handler(ctx, product, change.DetailsDocument, change.entityId);
  }
  return { errors, products, failed: errors.some((e) => e.length > 0) };
}

/** CreateProduct first; ReleaseProduct last, so it validates the product as the other changes leave it. */
const rank = (c: StoredChange) =>
  c.ChangeType === 'CreateProduct' ? 0 : c.ChangeType === 'ReleaseProduct' ? 2 : 1;
