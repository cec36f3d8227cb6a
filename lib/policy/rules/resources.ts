import { ADD_UPDATE, type OptionRule } from '../rule';
import { LIMITS } from '../patterns';
import { isRecord } from '../util';

type Field = 'Name' | 'Url';

/* Seed 001 says "fewer than 256 characters", so 255 is the longest accepted value. */
function resourceRule(id: string, field: Field, kind: 'empty' | 'long', code: string): OptionRule {
  const label = field === 'Name' ? 'name' : 'URL';
  return {
    id,
    title:
      kind === 'empty'
        ? `Each deployment resource has a ${label}`
        : `Deployment resource ${label}s are under 256 characters`,
    section: 'Delivery option',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code },
    scope: 'option',
    changeTypes: ADD_UPDATE,
    methods: ['ecr'],
    field: `DeliveryOptions[].Details.EcrDeliveryOptionDetails.DeploymentResources[].${field}`,
    fix:
      kind === 'empty'
        ? `Give every deployment resource a ${label}.`
        : `Shorten the ${label} to at most ${LIMITS.resourceText} characters.`,
    check(o, _ix, report) {
      const list = o.d.DeploymentResources;
      if (!Array.isArray(list)) return;
      list.forEach((r, k) => {
        const v = isRecord(r) ? r[field] : undefined;
        const path = `${o.dPath}.DeploymentResources[${k}].${field}`;
        if (kind === 'empty' && (typeof v !== 'string' || v.trim() === ''))
          report(path, `Deployment resource ${k + 1} has no ${label}.`);
        if (kind === 'long' && typeof v === 'string' && v.length > LIMITS.resourceText) {
          report(
            path,
            `The ${label} has ${v.length} characters; at most ${LIMITS.resourceText} are allowed.`,
          );
        }
      });
    },
  };
}

/** DeploymentResources of container-image delivery options. */
export const RESOURCE_RULES: OptionRule[] = [
  resourceRule('resource-name-present', 'Name', 'empty', 'EMPTY_RESOURCE_NAME'),
  resourceRule('resource-url-present', 'Url', 'empty', 'EMPTY_RESOURCE_URL'),
  resourceRule('resource-name-length', 'Name', 'long', 'INVALID_RESOURCE_NAME'),
  resourceRule('resource-url-length', 'Url', 'long', 'INVALID_RESOURCE_URL'),
];
