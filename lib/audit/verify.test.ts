import { describe, expect, it } from 'vitest';
import { canonicalJson, entryHash } from './chain';
import { verifyChain, type StoredEntry } from './verify';

function chain(n: number, legacy = 0): StoredEntry[] {
  const out: StoredEntry[] = [];
  let prevHash = '';
  for (let i = 1; i <= n; i++) {
    const c = {
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      actorId: 'u1',
      action: 'save-draft',
      target: `d${i}`,
      outcome: 'ok',
      details: { revision: i },
      prevHash: i <= legacy ? '' : prevHash,
    };
    const hash = i <= legacy ? '' : entryHash(c);
    out.push({ id: i, ...c, hash });
    prevHash = hash;
  }
  return out;
}

describe('the audit hash chain', () => {
  it('hashes the same content the same whatever the key order (the jsonb round trip)', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ y: 1, x: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[{"x":2,"y":1}]},"b":1}',
    );
    const base = chain(1)[0]!;
    expect(entryHash({ ...base, details: { z: 1, a: 2 } })).toBe(
      entryHash({ ...base, details: { a: 2, z: 1 } }),
    );
    expect(entryHash({ ...base, outcome: 'denied' })).not.toBe(entryHash(base));
  });

  it('reports an intact chain after a legacy prefix', () => {
    expect(verifyChain(chain(5, 2))).toMatchObject({ entries: 5, legacy: 2, break: null });
  });

  it('finds a changed entry, a removed entry and an unchained entry after the chain began', () => {
    const changed = chain(5);
    changed[2] = { ...changed[2]!, target: 'other' };
    expect(verifyChain(changed).break).toEqual({ id: 3, reason: 'hash-mismatch' });
    const removed = chain(5).filter((e) => e.id !== 2);
    expect(verifyChain(removed).break).toEqual({ id: 3, reason: 'prev-hash-mismatch' });
    const unchained = chain(5);
    unchained[3] = { ...unchained[3]!, hash: '' };
    expect(verifyChain(unchained)).toMatchObject({ entries: 4, break: { id: 4, reason: 'unchained' } });
  });
});
