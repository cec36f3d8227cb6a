import { ADD_UPDATE, type ChangeRule, type OptionRule } from '../rule';
import type { ProductIndex } from '../product-index';
import { show, subject } from '../util';

const F = 'DeliveryOptions[].Details.EksAddOnDeliveryOptionDetails';

function consistent(
  id: string,
  name: 'AddOnName' | 'AddOnType' | 'Namespace',
  code: string,
  pick: (p: ProductIndex) => Set<string>,
): OptionRule {
  const label = name === 'AddOnName' ? 'name' : name === 'AddOnType' ? 'type' : 'namespace';
  return {
    id,
    title: `Add-on ${label} matches earlier versions`,
    section: 'EKS add-on',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions; UpdateDeliveryOptionsVisibility', code },
    scope: 'option',
    changeTypes: ADD_UPDATE,
    methods: ['eks-addon'],
    field: `${F}.${name}`,
    fix: `Reuse the add-on ${label} of the product’s earlier add-on versions; a product has one add-on ${label}.`,
    check(o, ix, report) {
      const existing = ix.product ? pick(ix.product) : undefined;
      if (!existing || existing.size === 0) return false;
      const v = o.d[name];
      if (typeof v === 'string' && !existing.has(v)) {
        report(
          `${o.dPath}.${name}`,
          `${subject(v)} differs from the existing add-on ${label} (${show([...existing].join(', '))}).`,
        );
      }
    },
  };
}

/** EKS add-on rules that depend on the change as a whole or on the product's other versions. */
export const EKS_ADDON_PRODUCT_RULES: (OptionRule | ChangeRule)[] = [
  {
    id: 'addon-visibility-limited',
    title: 'New EKS add-on options are added as Limited',
    section: 'EKS add-on',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_VISIBILITY_STATE' },
    scope: 'option',
    changeTypes: ['AddDeliveryOptions'],
    methods: ['eks-addon'],
    field: 'DeliveryOptions[].Visibility',
    fix: 'Leave the visibility at Limited; release it to the public afterwards with a “Release add-on” draft.',
    check(o, _ix, report) {
      const v = o.raw.Visibility;
      if (v !== undefined && v !== 'Limited')
        report(
          `${o.path}.Visibility`,
          `${subject(v)} is not allowed for a new EKS add-on option; only Limited is.`,
        );
    },
  },
  {
    id: 'addon-one-per-version',
    title: 'At most one EKS add-on option per version',
    section: 'EKS add-on',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'TOO_MANY_EKS_ADDON_DELIVERY_OPTIONS' },
    scope: 'change',
    changeTypes: ['AddDeliveryOptions'],
    methods: ['eks-addon'],
    field: 'DeliveryOptions[]',
    fix: 'Keep one EKS add-on delivery option in the version.',
    check(c, _ix, report) {
      const addOns = c.options.filter((o) => o.method === 'eks-addon');
      for (const o of addOns.slice(1))
        report(o.path, 'The version already has an EKS add-on delivery option.');
    },
  },
  {
    id: 'addon-version-unique',
    title: 'Add-on version is not already published',
    section: 'EKS add-on',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'DUPLICATE_ADDON_VERSION' },
    scope: 'option',
    changeTypes: ['AddDeliveryOptions'],
    methods: ['eks-addon'],
    field: `${F}.AddOnVersion`,
    fix: 'Give the new add-on version a number no earlier version uses.',
    check(o, ix, report) {
      if (!ix.product) return false;
      const v = o.d.AddOnVersion;
      if (typeof v === 'string' && ix.product.addOn.versions.has(v))
        report(`${o.dPath}.AddOnVersion`, `Add-on version ${show(v)} already exists.`);
    },
  },
  consistent('addon-name-consistent', 'AddOnName', 'INCOMPATIBLE_ADDON_NAME', (p) => p.addOn.names),
  consistent('addon-type-consistent', 'AddOnType', 'INCOMPATIBLE_ADDON_TYPE', (p) => p.addOn.types),
  consistent(
    'addon-namespace-consistent',
    'Namespace',
    'INCOMPATIBLE_ADDON_NAMESPACE',
    (p) => p.addOn.namespaces,
  ),
  {
    id: 'addon-no-byol',
    title: 'No EKS add-on delivery for BYOL pricing',
    section: 'EKS add-on',
    severity: 'error',
    source: { document: '000 §14' },
    scope: 'option',
    changeTypes: ['AddDeliveryOptions'],
    methods: ['eks-addon'],
    field: 'DeliveryOptions[].Details.EksAddOnDeliveryOptionDetails',
    fix: 'Offer the product with Helm or container-image delivery, or move off BYOL pricing.',
    check(o, ix, report) {
      if (ix.pricing?.model === undefined) return false;
      if (ix.pricing.model === 'Byol')
        report(
          o.path,
          'The product is priced BYOL, which AWS Marketplace does not support for EKS add-on delivery.',
        );
    },
  },
];
