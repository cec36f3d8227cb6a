import type { ChangeRule } from '../rule';
import type { ChangeTarget } from '../context';
import { show, subject } from '../util';

/** A delivery option Id named by a change, with the path where it stands. */
export interface IdRef {
  id: unknown;
  path: string;
}

/** DUPLICATE_DELIVERY_OPTION_IDS, for any change type that names delivery options. */
export function idsUnique(ids: (c: ChangeTarget) => IdRef[]): ChangeRule['check'] {
  return (c, _ix, report) => {
    const seen = new Set<unknown>();
    for (const { id, path } of ids(c)) {
      if (seen.has(id)) report(path, `${subject(id)} is named twice.`);
      seen.add(id);
    }
  };
}

/** Every named Id exists in the product (needs the snapshot; not applicable without one). */
export function idsKnown(ids: (c: ChangeTarget) => IdRef[]): ChangeRule['check'] {
  return (c, ix, report) => {
    if (!ix.product) return false;
    for (const { id, path } of ids(c)) {
      if (typeof id === 'string' && id !== '' && !ix.product.options.has(id))
        report(path, `The product has no delivery option ${show(id)}.`);
    }
  };
}
