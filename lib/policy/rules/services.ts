import { ADD_UPDATE, type OptionRule } from '../rule';
import { SERVICES_ECR, SERVICES_HELM } from '../patterns';
import { subject } from '../util';

const base = {
  section: 'Delivery option',
  scope: 'option',
  changeTypes: ADD_UPDATE,
  methods: ['ecr', 'helm'],
  field: 'DeliveryOptions[].Details.*.CompatibleServices[]',
  severity: 'error',
} as const;

const services = (d: Record<string, unknown>) =>
  Array.isArray(d.CompatibleServices) ? d.CompatibleServices : undefined;

/** CompatibleServices of container-image and Helm delivery options. */
export const SERVICE_RULES: OptionRule[] = [
  {
    ...base,
    id: 'services-required',
    title: 'At least one compatible service is given',
    source: { document: '001 AddDeliveryOptions', code: 'NO_SERVICE_SPECIFIED' },
    fix: 'Pick the AWS services the release runs on (for example EKS).',
    check(o, _ix, report) {
      const list = services(o.d);
      if (list === undefined && o.change.type === 'UpdateDeliveryOptions' && !('CompatibleServices' in o.d))
        return;
      if (!list || list.length === 0)
        report(`${o.dPath}.CompatibleServices`, 'No compatible service is given.');
    },
  },
  {
    ...base,
    id: 'services-compatible',
    title: 'Compatible services are valid for the delivery method',
    source: { document: '001 AddDeliveryOptions', code: 'INCOMPATIBLE_SERVICES' },
    fix: `Container images: ${[...SERVICES_ECR].join(', ')}. Helm charts: ${[...SERVICES_HELM].join(', ')}.`,
    check(o, _ix, report) {
      const allowed = o.method === 'helm' ? SERVICES_HELM : SERVICES_ECR;
      const list = services(o.d) ?? [];
      list.forEach((s, k) => {
        if (typeof s !== 'string' || !allowed.has(s)) {
          report(
            `${o.dPath}.CompatibleServices[${k}]`,
            `${subject(s)} is not a compatible service for this delivery method.`,
          );
        }
      });
    },
  },
  {
    ...base,
    id: 'services-unique',
    title: 'No compatible service is listed twice',
    source: { document: '001 AddDeliveryOptions', code: 'DUPLICATE_COMPATIBLE_AWS_SERVICES' },
    fix: 'Remove the repeated service.',
    check(o, _ix, report) {
      const seen = new Set<unknown>();
      (services(o.d) ?? []).forEach((s, k) => {
        if (seen.has(s)) report(`${o.dPath}.CompatibleServices[${k}]`, `${subject(s)} is listed twice.`);
        seen.add(s);
      });
    },
  },
];
