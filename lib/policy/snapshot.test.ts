import { describe, expect, it } from 'vitest';
import { parseProductSnapshot } from './snapshot';
import entity from './fixtures/describe-entity.json';

describe('parseProductSnapshot', () => {
  it('reads a DescribeEntity response with DetailsDocument, and its revision', () => {
    const r = parseProductSnapshot(entity);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.snapshot.Description?.Visibility).toBe('Public');
    expect(r.snapshot.Versions?.[0]?.DeliveryOptions?.length).toBe(4);
    expect(r.snapshot.Revision).toBe('7');
  });
  it('reads a response carrying only the Details string', () => {
    const { DetailsDocument, ...rest } = entity;
    const r = parseProductSnapshot({ ...rest, Details: JSON.stringify(DetailsDocument) });
    expect(r.ok && r.snapshot.Repositories?.length).toBe(4);
  });
  it('reads a bare DetailsDocument', () => {
    const r = parseProductSnapshot(entity.DetailsDocument);
    expect(r.ok && r.snapshot.Versions?.[0]?.VersionTitle).toBe('Version 1.1');
  });
  it('drops malformed leaves instead of failing', () => {
    const r = parseProductSnapshot({ Description: { Visibility: 42, ProductTitle: 'x' }, Versions: 'nope' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.snapshot.Description?.Visibility).toBeUndefined();
    expect(r.snapshot.Description?.ProductTitle).toBe('x');
    expect(r.snapshot.Versions).toBeUndefined();
  });
  it('reports clear errors for what it cannot read', () => {
    expect(parseProductSnapshot(null)).toEqual({ ok: false, error: 'The entity is not a JSON object.' });
    expect(parseProductSnapshot({ EntityType: 'ContainerProduct@1.0', Details: '{oops' }).ok).toBe(false);
    expect(parseProductSnapshot({ EntityType: 'SaaSProduct@1.0', DetailsDocument: {} })).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a ContainerProduct'),
    });
    expect(parseProductSnapshot({ EntityIdentifier: 'prod-x@1' }).ok).toBe(false);
  });
});
