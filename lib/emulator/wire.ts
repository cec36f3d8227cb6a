import { createHash, randomBytes } from 'node:crypto';
import { SEED_ACCOUNT_ID } from './seed-ids';

export const CATALOG = 'AWSMarketplace';
export const REGION = 'us-east-1';

/** DateTimeISO8601 as the service sends it: exactly 20 characters, second precision. */
export function isoDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const ISO_DATE_RE =
  /^(\d{4})-(1[0-2]|0[1-9])-(3[01]|0[1-9]|[12]\d)T(2[0-3]|[01]\d):([0-5]\d):([0-5]\d)Z$/;

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
function randomAlnum(n: number): string {
  const bytes = randomBytes(n);
  let out = '';
  for (let i = 0; i < n; i++) out += ALNUM[bytes[i]! % ALNUM.length];
  return out;
}

/** 25 lowercase alphanumerics, the observed change set id format (reference §7). */
export const newChangeSetId = () => randomAlnum(25);
export const newProductId = () => `prod-${randomAlnum(13)}`;

export function entityArn(entityType: string, entityId: string, account = SEED_ACCOUNT_ID): string {
  return `arn:aws:aws-marketplace:${REGION}:${account}:${CATALOG}/${entityType}/${entityId}`;
}

export function changeSetArn(changeSetId: string, account = SEED_ACCOUNT_ID): string {
  return `arn:aws:aws-marketplace:${REGION}:${account}:${CATALOG}/ChangeSet/${changeSetId}`;
}

/** Stable JSON (sorted keys) so two equal request bodies hash the same whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Opaque page tokens: base64 of an offset and a fingerprint of the query they belong to. */
export function encodeToken(offset: number, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fingerprint.slice(0, 16) })).toString('base64');
}

export function decodeToken(token: string, fingerprint: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { o?: unknown; f?: unknown };
    if (
      typeof parsed.o === 'number' &&
      Number.isInteger(parsed.o) &&
      parsed.o >= 0 &&
      parsed.f === fingerprint.slice(0, 16)
    )
      return parsed.o;
  } catch {
    /* falls through to undefined */
  }
  return undefined;
}
