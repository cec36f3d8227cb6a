import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import type { StoredChange } from '../changes/evaluate';
import { parseImage } from '../changes/images';
import type { EvalContext, ProductDoc } from '../changes/types';
import { addonOwners, getEntities } from '../store/entities';
import { imagesIn } from '../store/images';

type Tx = Pick<Db, 'select' | 'insert' | 'update'>;

function walkStrings(v: unknown, visit: (s: string, key?: string) => void, key?: string): void {
  if (typeof v === 'string') visit(v, key);
  else if (Array.isArray(v)) for (const x of v) walkStrings(x, visit, key);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walkStrings(x, visit, k);
}

/** Loads everything a change set's evaluation may consult: its products, the pushed tags it names, add-on owners. */
export async function loadContext(db: Tx, changes: StoredChange[], now: Date, findingsBase: string) {
  const ids = [...new Set(changes.filter((c) => c.ChangeType !== 'CreateProduct').map((c) => c.entityId))];
  const rows = await getEntities(db, ids);
  const products = new Map<string, ProductDoc>(rows.map((r) => [r.entityId, r.details as ProductDoc]));
  const repositories = new Set<string>();
  const addonNames = new Set<string>();
  for (const c of changes) {
    walkStrings(c.DetailsDocument, (s, key) => {
      const parsed = parseImage(s);
      if (parsed) repositories.add(parsed.repository);
      if (key === 'AddOnName') addonNames.add(s);
    });
  }
  const ctx: EvalContext = {
    now,
    images: await imagesIn(db, [...repositories]),
    addonOwners: await addonOwners(db, [...addonNames]),
    findingsBase,
    newId: randomUUID,
  };
  return { ctx, products, rows };
}
