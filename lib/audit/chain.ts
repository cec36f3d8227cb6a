import { createHash } from 'node:crypto';

/** The part of an audit entry the hash covers: everything but its id and its own hash. */
export interface ChainedContent {
  at: Date;
  actorId: string | null;
  action: string;
  target: string | null;
  outcome: string;
  details: unknown;
  prevHash: string;
}

/**
 * JSON with object keys sorted at every depth, so a value hashes the same before and after the
 * jsonb round trip (jsonb keeps neither key order nor `undefined`).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(JSON.parse(JSON.stringify(value ?? null))));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(obj)
      .sort()
      .map((k) => [k, sortKeys(obj[k])]),
  );
}

/** sha256 (hex) of an entry's canonical content, its link to the entry before it included. */
export function entryHash(c: ChainedContent): string {
  const content = canonicalJson({
    at: c.at.toISOString(),
    actorId: c.actorId,
    action: c.action,
    target: c.target,
    outcome: c.outcome,
    details: c.details,
    prevHash: c.prevHash,
  });
  return createHash('sha256').update(content).digest('hex');
}
