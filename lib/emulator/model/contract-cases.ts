import { SEED_ACCOUNT_ID, SEED_PRODUCT_ID } from '../seed-ids';
import { MODEL_OPERATIONS, type Constraint } from './check';

/* Requests for the model contract test: one valid request per operation, and per constraint the values that break it. */

const C = 'AWSMarketplace';
const ARN = `arn:aws:aws-marketplace:us-east-1:${SEED_ACCOUNT_ID}:AWSMarketplace/ContainerProduct/${SEED_PRODUCT_ID}`;
const NO_SUCH_CHANGE_SET = 'nosuchchangeset0000000000';

/** A request per operation that breaks no model constraint. */
export const VALID_INPUT: Record<string, () => Record<string, unknown>> = {
  BatchDescribeEntities: () => ({ EntityRequestList: [{ Catalog: C, EntityId: SEED_PRODUCT_ID }] }),
  CancelChangeSet: () => ({ Catalog: C, ChangeSetId: NO_SUCH_CHANGE_SET }),
  DeleteResourcePolicy: () => ({ ResourceArn: ARN }),
  DescribeChangeSet: () => ({ Catalog: C, ChangeSetId: NO_SUCH_CHANGE_SET }),
  DescribeEntity: () => ({ Catalog: C, EntityId: SEED_PRODUCT_ID }),
  GetResourcePolicy: () => ({ ResourceArn: ARN }),
  ListChangeSets: () => ({ Catalog: C }),
  ListEntities: () => ({ Catalog: C, EntityType: 'ContainerProduct' }),
  ListTagsForResource: () => ({ ResourceArn: ARN }),
  PutResourcePolicy: () => ({ ResourceArn: ARN, Policy: '{"Version":"2012-10-17","Statement":[]}' }),
  StartChangeSet: () => ({
    Catalog: C,
    ChangeSet: [
      {
        ChangeType: 'UpdateInformation',
        Entity: { Type: 'ContainerProduct@1.0', Identifier: SEED_PRODUCT_ID },
        DetailsDocument: { ShortDescription: 'Checked against the model.' },
      },
    ],
  }),
  TagResource: () => ({ ResourceArn: ARN, Tags: [{ Key: 'team', Value: 'wharf' }] }),
  UntagResource: () => ({ ResourceArn: ARN, TagKeys: ['team'] }),
};

export interface BrokenCase {
  operation: string;
  path: string;
  /** Which bound the value breaks: min, max, pattern or enum. */
  breaks: string;
  value: unknown;
}

function patternBreaker(c: Constraint, source: string): string | undefined {
  const re = new RegExp(source, source.includes('\\p{') ? 'u' : '');
  const length = Math.max(c.min ?? 1, 1);
  return ['\u0001', '!', ' ', '#', '~', '{'].map((ch) => ch.repeat(length)).find((s) => !re.test(s));
}

/** Values that break each bound of a constraint; the item filler of a list is whatever its items are. */
function breakers(op: string, c: Constraint): [string, unknown][] {
  const out: [string, unknown][] = [];
  if (c.enum) return [['enum', 'NOT_A_MODEL_VALUE']];
  if (c.type === 'string') {
    if (c.min !== undefined && c.min > 0) out.push(['min', 'a'.repeat(c.min - 1)]);
    if (c.max !== undefined) out.push(['max', 'a'.repeat(c.max + 1)]);
    const pattern = c.exception?.applied ?? c.pattern;
    const bad = pattern ? patternBreaker(c, pattern) : undefined;
    if (bad !== undefined) out.push(['pattern', bad]);
  }
  if (c.type === 'list') {
    const itemIsString = MODEL_OPERATIONS[op]!.constraints.some(
      (o) => o.path === `${c.path}[]` && o.type === 'string',
    );
    const filler = itemIsString ? 'x' : {};
    if (c.min !== undefined && c.min > 0) out.push(['min', []]);
    if (c.max !== undefined) out.push(['max', Array.from({ length: c.max + 1 }, () => filler)]);
  }
  if (c.type === 'integer') {
    if (c.min !== undefined) out.push(['min', c.min - 1]);
    if (c.max !== undefined) out.push(['max', c.max + 1]);
  }
  return out;
}

export const BROKEN_CASES: BrokenCase[] = Object.entries(MODEL_OPERATIONS).flatMap(([operation, model]) =>
  model.constraints.flatMap((c) =>
    breakers(operation, c).map(([breaks, value]) => ({ operation, path: c.path, breaks, value })),
  ),
);

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Sets a value at a member path, taking the first item of every list on the way. */
export function setAt(target: Record<string, unknown> | unknown[], tokens: string[], value: unknown): void {
  const [head, ...rest] = tokens as [string, ...string[]];
  if (Array.isArray(target)) {
    if (!rest.length) return void target.splice(0, target.length, value);
    if (!isObj(target[0])) target[0] = {};
    return setAt(target[0] as Record<string, unknown>, rest, value);
  }
  if (!rest.length) return void (target[head] = value);
  if (rest[0] === '[]') {
    if (!Array.isArray(target[head])) target[head] = [];
  } else if (!isObj(target[head])) target[head] = {};
  setAt(target[head] as Record<string, unknown>, rest, value);
}

export const tokensOf = (path: string) => path.match(/\[\]|[^.[\]]+/g) ?? [];
