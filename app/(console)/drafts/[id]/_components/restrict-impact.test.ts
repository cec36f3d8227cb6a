import { describe, expect, it } from 'vitest';
import type { DeliveryOptionView, VersionView } from '@/lib/catalog/types';
import { restrictImpact } from './restrict-impact';

const option = (id: string, title: string, visibility = 'Public') =>
  ({ id, title, visibility, type: 'ElasticContainerRegistry' }) as DeliveryOptionView;
const version = (title: string, deliveryOptions: DeliveryOptionView[]) =>
  ({ id: title, title, releaseNotes: '', creationDate: '', deliveryOptions }) as VersionView;

const versions = [
  version('1.0', [option('a', 'ECR'), option('b', 'Helm'), option('c', 'Old', 'Restricted')]),
  version('2.0', [option('d', 'ECR')]),
];

describe('restrictImpact', () => {
  it('names each chosen option with its version', () => {
    expect(restrictImpact(versions, ['a'])).toEqual({ options: ['1.0 — ECR'], versionsRemoved: [] });
  });
  it('says a version leaves the catalog when all its remaining options are chosen', () => {
    expect(restrictImpact(versions, ['a', 'b']).versionsRemoved).toEqual(['1.0']);
    expect(restrictImpact(versions, ['d', 'a']).versionsRemoved).toEqual(['2.0']);
  });
  it('ignores ids the product does not have', () => {
    expect(restrictImpact(versions, ['zz'])).toEqual({ options: [], versionsRemoved: [] });
  });
});
