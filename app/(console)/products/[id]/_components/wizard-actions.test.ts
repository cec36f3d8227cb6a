import { describe, expect, it } from 'vitest';
import type { DeliveryOptionView, ProductDetail } from '@/lib/catalog/types';
import { wizardActions } from './wizard-actions';

const option = (over: Partial<DeliveryOptionView>): DeliveryOptionView => ({
  id: 'o',
  type: 'Helm',
  title: 'T',
  visibility: 'Public',
  shortDescription: '',
  usageInstructions: '',
  images: [],
  compatibleServices: [],
  kubernetesVersions: [],
  architectures: [],
  deploymentResources: [],
  overrideParameters: [],
  environmentOverrideParameters: [],
  ...over,
});
const product = (over: Partial<ProductDetail>): ProductDetail => ({
  id: 'prod-1',
  revision: '1',
  arn: '',
  lastModified: '',
  title: 'P',
  visibility: 'Public',
  productState: 'Active',
  shortDescription: '',
  repositories: [{ url: 'r/ns/a', name: 'a' }],
  versions: [],
  detailsDocument: {},
  ...over,
});
const reason = (p: ProductDetail, type: string, canEdit = true) =>
  wizardActions(p, { canEdit }).find((a) => a.changeType === type)?.disabledReason;

describe('product page wizard actions', () => {
  it('explains why each action is unavailable', () => {
    const draftProduct = product({ visibility: 'Draft', repositories: [] });
    expect(reason(draftProduct, 'AddDeliveryOptions')).toMatch(/repository/);
    expect(reason(product({ visibility: 'Draft' }), 'AddDeliveryOptions')).toMatch(/Limited or Public/);
    expect(reason(draftProduct, 'UpdateDeliveryOptions')).toMatch(/no version/);
    expect(reason(product({ visibility: 'Limited' }), 'RestrictDeliveryOptions')).toMatch(/public product/);
    const one = product({
      versions: [
        {
          id: 'v',
          title: '1',
          releaseNotes: '',
          creationDate: '',
          deliveryOptions: [option({}), option({ id: 'a', type: 'EksAddOn', visibility: 'Public' })],
        },
      ],
    });
    expect(reason(one, 'RestrictDeliveryOptions')).toMatch(/must remain/);
    expect(reason(one, 'UpdateDeliveryOptionsVisibility')).toMatch(/No Amazon EKS add-on option is Limited/);
    expect(
      reason(
        product({ repositories: Array.from({ length: 50 }, (_, i) => ({ url: `r/${i}`, name: `${i}` })) }),
        'AddRepositories',
      ),
    ).toMatch(/50 repositories/);
    expect(reason(one, 'AddRepositories', false)).toMatch(/Product managers/);
  });

  it('offers every action on a public product with room', () => {
    const p = product({
      versions: [
        {
          id: 'v',
          title: '1',
          releaseNotes: '',
          creationDate: '',
          deliveryOptions: [
            option({ id: 'h1' }),
            option({ id: 'h2', type: 'ElasticContainerRegistry' }),
            option({ id: 'a', type: 'EksAddOn', visibility: 'Limited' }),
          ],
        },
      ],
    });
    expect(wizardActions(p, { canEdit: true }).every((a) => !a.disabledReason)).toBe(true);
  });
});
