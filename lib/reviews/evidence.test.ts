import { describe, expect, it } from 'vitest';
import { evidenceOf, showValue, valueAt, valuesMatching } from './evidence';

const request = {
  Catalog: 'AWSMarketplace',
  ChangeSet: [
    {
      ChangeType: 'AddDeliveryOptions',
      Entity: { Type: 'ContainerProduct@1.0', Identifier: 'prod-1' },
      DetailsDocument: {
        Version: { VersionTitle: '2.0.0' },
        DeliveryOptions: [
          { Details: { HelmDeliveryOptionDetails: { ContainerImages: ['r/a:1', 'r/b:1'] } } },
          { Details: { EcrDeliveryOptionDetails: { ContainerImages: ['r/c:1'] } } },
        ],
      },
    },
  ],
};

describe('evidence', () => {
  it('reads a finding path', () => {
    const p =
      'ChangeSet[0].DetailsDocument.DeliveryOptions[0].Details.HelmDeliveryOptionDetails.ContainerImages[1]';
    expect(valueAt(request, p)).toBe('r/b:1');
    expect(valueAt(request, 'ChangeSet[0].Nope[3]')).toBeUndefined();
    expect(valueAt({}, '__proto__')).toBeUndefined();
  });

  it('reads a rule field pattern from the DetailsDocument, the change or the request', () => {
    expect(
      valuesMatching(request, 'DeliveryOptions[].Details.*.ContainerImages[]').map((v) => v.value),
    ).toEqual(['r/a:1', 'r/b:1', 'r/c:1']);
    expect(valuesMatching(request, 'Entity.Identifier')).toEqual([
      { path: 'ChangeSet[0].Entity.Identifier', value: 'prod-1' },
    ]);
    expect(valuesMatching(request, 'ChangeSet[].ChangeType')[0]?.value).toBe('AddDeliveryOptions');
    expect(valuesMatching(request, 'Version.VersionTitle, Missing')).toEqual([
      { path: 'ChangeSet[0].DetailsDocument.Version.VersionTitle', value: '2.0.0' },
    ]);
  });

  it('shortens long values and shows objects as JSON', () => {
    expect(showValue('x'.repeat(500))).toHaveLength(240);
    expect(showValue('x'.repeat(500)).endsWith('…')).toBe(true);
    expect(showValue({ a: 1 })).toBe('{"a":1}');
    expect(showValue(undefined)).toBe('(not set)');
  });

  it('uses the findings’ paths when there are findings, the pattern when there are none', () => {
    const rule = { field: 'Version.VersionTitle' };
    expect(evidenceOf(request, rule, [])[0]?.value).toBe('2.0.0');
    expect(evidenceOf(request, rule, [{ path: 'ChangeSet[0].Entity.Identifier' }])).toEqual([
      { path: 'ChangeSet[0].Entity.Identifier', value: 'prod-1' },
    ]);
    expect(
      evidenceOf(request, rule, [{ path: 'ChangeSet[0].DetailsDocument.DeliveryOptions[0].Chart' }]),
    ).toEqual([]);
  });
});
