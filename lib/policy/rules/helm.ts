import { ADD_UPDATE, HELMISH, type OptionRule } from '../rule';
import { DNS_LABEL, DNS_SUBDOMAIN, HELM_CHART_URI, LIMITS, SEMVER2 } from '../patterns';
import { parseImageRef } from '../image-ref';
import { isRecord, show, subject } from '../util';

function hasOverrideDefault(d: Record<string, unknown>, value: string): boolean {
  return (
    Array.isArray(d.OverrideParameters) &&
    d.OverrideParameters.some((p) => isRecord(p) && p.DefaultValue === value)
  );
}

function helmName(id: string, field: 'ReleaseName' | 'Namespace', code: string): OptionRule {
  const label = field === 'ReleaseName' ? 'release name' : 'namespace';
  return {
    id,
    title: `Helm ${label} is a valid Kubernetes name`,
    section: 'Helm chart',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code },
    scope: 'option',
    changeTypes: ADD_UPDATE,
    methods: ['helm'],
    field: `DeliveryOptions[].Details.HelmDeliveryOptionDetails.${field}`,
    fix: `Use lowercase letters, digits and '-', starting and ending with a letter or digit, at most ${LIMITS.helmName} characters (or leave it out).`,
    check(o, _ix, report) {
      const v = o.d[field];
      if (v === undefined) return;
      if (typeof v !== 'string' || v.length > LIMITS.helmName || !DNS_LABEL.test(v)) {
        report(`${o.dPath}.${field}`, `${subject(v)} is not a valid Helm ${label}.`);
      }
    },
  };
}

/** HelmChartUri, release name, namespace and the override parameters Marketplace requires. */
export const HELM_RULES: OptionRule[] = [
  {
    id: 'helm-chart-uri',
    title: 'Helm chart URI is in Marketplace ECR with a SemVer 2 tag',
    section: 'Helm chart',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_HELM_CHART_URI' },
    scope: 'option',
    changeTypes: ADD_UPDATE,
    methods: HELMISH,
    field: 'DeliveryOptions[].Details.*.HelmChartUri',
    fix: 'Point the Helm chart URI at the chart in the product’s ECR repository, tagged with its SemVer 2 version (e.g. :1.4.0).',
    check(o, _ix, report) {
      const v = o.d.HelmChartUri;
      const path = `${o.dPath}.HelmChartUri`;
      if (v === undefined) {
        if (o.change.type === 'AddDeliveryOptions') report(path, 'No Helm chart URI is given.');
        return;
      }
      if (typeof v !== 'string' || v.length > LIMITS.imageUri || !HELM_CHART_URI.test(v)) {
        report(path, `${subject(v)} is not a Helm chart URI in Amazon ECR.`);
        return;
      }
      const ref = parseImageRef(v);
      if (!ref.tag || !SEMVER2.test(ref.tag))
        report(path, `The chart tag "${show(ref.tag ?? '', 40)}" is not a SemVer 2 version such as 1.4.0.`);
    },
  },
  helmName('helm-release-name', 'ReleaseName', 'INVALID_RELEASE_NAME'),
  {
    id: 'helm-service-account-name',
    title: 'Marketplace service account name is a valid Kubernetes name',
    section: 'Helm chart',
    // AWS names no error for it, but Kubernetes refuses the install, so buyers would hit it.
    severity: 'warning',
    source: { document: '001 AddDeliveryOptions (Marketplace service account)' },
    scope: 'option',
    changeTypes: ADD_UPDATE,
    methods: ['helm'],
    field: 'DeliveryOptions[].Details.HelmDeliveryOptionDetails.MarketplaceServiceAccountName',
    fix: "Use lowercase letters, digits, '-' and '.', at most 50 characters, e.g. app-service-account.",
    check(o, _ix, report) {
      const v = o.d.MarketplaceServiceAccountName;
      if (v === undefined) return;
      if (typeof v !== 'string' || v.length > LIMITS.helmName || !DNS_SUBDOMAIN.test(v)) {
        report(
          `${o.dPath}.MarketplaceServiceAccountName`,
          `${subject(v)} is not a valid Kubernetes service account name.`,
        );
      }
    },
  },
  helmName('helm-namespace', 'Namespace', 'INVALID_NAMESPACE'),
  {
    id: 'helm-license-secret',
    title: 'EKS Anywhere charts take the license secret override',
    section: 'Helm chart',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'NO_LICENSE_SECRET_KEYS' },
    scope: 'option',
    changeTypes: ADD_UPDATE,
    methods: ['helm'],
    field: 'DeliveryOptions[].Details.HelmDeliveryOptionDetails.OverrideParameters[]',
    fix: 'Add an override parameter whose DefaultValue is "${AWSMP_LICENSE_SECRET}".',
    check(o, _ix, report) {
      const s = o.d.CompatibleServices;
      if (!Array.isArray(s) || !s.includes('EKS-Anywhere')) return false;
      if (o.change.type === 'UpdateDeliveryOptions' && o.d.OverrideParameters === undefined) return false;
      if (!hasOverrideDefault(o.d, '${AWSMP_LICENSE_SECRET}')) {
        report(
          `${o.dPath}.OverrideParameters`,
          'EKS Anywhere is listed but no override parameter defaults to ${AWSMP_LICENSE_SECRET}.',
        );
      }
    },
  },
  {
    id: 'helm-service-account-override',
    title: 'Paid products take the service account override',
    section: 'Helm chart',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'NO_SERVICE_ACCOUNT_CONFIGURATION' },
    scope: 'option',
    changeTypes: ADD_UPDATE,
    methods: ['helm'],
    field: 'DeliveryOptions[].Details.HelmDeliveryOptionDetails.OverrideParameters[]',
    fix: 'Add an override parameter whose DefaultValue is "${AWSMP_SERVICE_ACCOUNT}".',
    check(o, ix, report) {
      const model = ix.pricing?.model;
      if (model !== 'Usage' && model !== 'Contract') return false;
      if (o.change.type === 'UpdateDeliveryOptions' && o.d.OverrideParameters === undefined) return false;
      if (!hasOverrideDefault(o.d, '${AWSMP_SERVICE_ACCOUNT}')) {
        report(
          `${o.dPath}.OverrideParameters`,
          'The product is paid but no override parameter defaults to ${AWSMP_SERVICE_ACCOUNT}.',
        );
      }
    },
  },
];
