import { ADD_UPDATE, type OptionRule } from '../rule';
import { labelOf } from '../labels';
import type { OptionTarget } from '../context';
import type { Report } from '../rule';
import {
  ADDON_NAME,
  ADDON_NAME_START,
  ADDON_NAMESPACE,
  ADDON_TYPES,
  ADDON_VERSION,
  ARCHITECTURES,
  ENV_OVERRIDE_VALUES,
  K8S_VERSION,
} from '../patterns';
import { isRecord, show, subject } from '../util';

const base = {
  section: 'EKS add-on',
  scope: 'option',
  changeTypes: ADD_UPDATE,
  methods: ['eks-addon'],
  severity: 'error',
} as const;
const F = 'DeliveryOptions[].Details.EksAddOnDeliveryOptionDetails';

/** A required string field: missing in AddDeliveryOptions is reported, absent in an update is fine. */
function field(
  o: OptionTarget,
  name: string,
  report: Report,
  test: (v: string) => boolean,
  bad: (v: unknown) => string,
): void {
  const v = o.d[name];
  if (v === undefined && o.change.type === 'UpdateDeliveryOptions') return;
  if (typeof v !== 'string' || !test(v))
    report(`${o.dPath}.${name}`, v === undefined ? `${labelOf(name)} is required.` : bad(v));
}

/** Checks a list for membership and for repeats, reporting each with the matching rule. */
function listRule(
  id: string,
  name: string,
  code: string,
  kind: 'valid' | 'unique',
  valid: (v: string) => boolean,
  what: string,
  fix: string,
): OptionRule {
  return {
    ...base,
    id,
    title: kind === 'valid' ? `${what} are supported values` : `No ${what.toLowerCase()} listed twice`,
    source: { document: '001 AddDeliveryOptions', code },
    field: `${F}.${name}[]`,
    fix,
    check(o, _ix, report) {
      const list = o.d[name];
      if (list === undefined && o.change.type === 'UpdateDeliveryOptions') return;
      if (!Array.isArray(list) || list.length === 0) {
        if (kind === 'valid') report(`${o.dPath}.${name}`, `${labelOf(name)} must list at least one value.`);
        return;
      }
      const seen = new Set<unknown>();
      list.forEach((v, k) => {
        const path = `${o.dPath}.${name}[${k}]`;
        if (kind === 'valid' && (typeof v !== 'string' || !valid(v)))
          report(path, `${subject(v)} is not a supported value.`);
        if (kind === 'unique' && seen.has(v)) report(path, `${subject(v)} is listed twice.`);
        seen.add(v);
      });
    },
  };
}

/** Shape and value rules of EksAddOnDeliveryOptionDetails. */
export const EKS_ADDON_FIELD_RULES: OptionRule[] = [
  {
    ...base,
    id: 'addon-type-valid',
    title: 'Add-on type is one of the Amazon EKS types',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_ADDON_TYPE' },
    field: `${F}.AddOnType`,
    fix: `Use one of: ${[...ADDON_TYPES].join(', ')}.`,
    check(o, _ix, report) {
      field(
        o,
        'AddOnType',
        report,
        // Case-insensitive: seed 001 itself writes 'Gitops' and 'Security' (lib/facts/eks-addons.json).
        (v) => ADDON_TYPES.has(v.toLowerCase()),
        (v) => `${subject(v)} is not a supported add-on type.`,
      );
    },
  },
  listRule(
    'addon-k8s-versions-valid',
    'CompatibleKubernetesVersions',
    'INVALID_KUBERNETES_VERSION',
    'valid',
    (v) => K8S_VERSION.test(v),
    'Kubernetes versions',
    'Give Amazon EKS Kubernetes versions as "1.31".',
  ),
  listRule(
    'addon-k8s-versions-unique',
    'CompatibleKubernetesVersions',
    'DUPLICATE_KUBERNETES_VERSIONS',
    'unique',
    () => true,
    'Kubernetes versions',
    'Remove the repeated version.',
  ),
  listRule(
    'addon-architectures-valid',
    'SupportedArchitectures',
    'INVALID_ARCHITECTURE',
    'valid',
    (v) => ARCHITECTURES.has(v),
    'Architectures',
    'Use amd64 and/or arm64.',
  ),
  listRule(
    'addon-architectures-unique',
    'SupportedArchitectures',
    'DUPLICATE_SUPPORTED_ARCHITECTURES',
    'unique',
    () => true,
    'Architectures',
    'Remove the repeated architecture.',
  ),
  {
    ...base,
    id: 'addon-both-architectures',
    title: 'EKS add-ons support both amd64 and arm64',
    source: { document: '000 §7' },
    field: `${F}.SupportedArchitectures[]`,
    fix: 'Build and push multi-architecture images, then list both amd64 and arm64.',
    check(o, _ix, report) {
      const list = o.d.SupportedArchitectures;
      if (!Array.isArray(list)) return o.change.type === 'AddDeliveryOptions' ? undefined : false;
      const missing = [...ARCHITECTURES].filter((a) => !list.includes(a));
      if (missing.length)
        report(`${o.dPath}.SupportedArchitectures`, `The add-on does not support ${missing.join(' and ')}.`);
    },
  },
  {
    ...base,
    id: 'addon-name-pattern',
    title: 'Add-on name starts with a letter or digit and uses letters, digits and hyphens',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_ADDON_NAME_PATTERN' },
    field: `${F}.AddOnName`,
    fix: 'Use a name like "test-addon": letters, digits and hyphens, starting with a letter or digit.',
    check(o, _ix, report) {
      field(
        o,
        'AddOnName',
        report,
        (v) => ADDON_NAME_START.test(v),
        (v) => `${subject(v)} is not a valid add-on name.`,
      );
    },
  },
  {
    ...base,
    id: 'addon-name-format',
    title: 'Add-on name is 3–64 characters and does not end with a hyphen',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_ADDON_NAME' },
    field: `${F}.AddOnName`,
    fix: 'Use 3 to 64 characters, ending with a letter or digit.',
    check(o, _ix, report) {
      const v = o.d.AddOnName;
      // The character-set failure is addon-name-pattern's; this rule adds length and the last character.
      if (typeof v === 'string' && ADDON_NAME_START.test(v) && !ADDON_NAME.test(v))
        report(
          `${o.dPath}.AddOnName`,
          `${subject(v)} must be 3–64 characters and end with a letter or digit.`,
        );
    },
  },
  {
    ...base,
    id: 'addon-version-pattern',
    title: 'Add-on version is major.minor.patch',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_ADDON_VERSION_PATTERN' },
    field: `${F}.AddOnVersion`,
    fix: 'Give the add-on version as <major>.<minor>.<patch>, e.g. 1.2.3.',
    check(o, _ix, report) {
      field(
        o,
        'AddOnVersion',
        report,
        (v) => ADDON_VERSION.test(v),
        (v) => `${subject(v)} is not a <major>.<minor>.<patch> version.`,
      );
    },
  },
  {
    ...base,
    id: 'addon-namespace-valid',
    title: 'Add-on namespace is a valid Kubernetes namespace',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_ADDON_NAMESPACE' },
    field: `${F}.Namespace`,
    fix: 'Use 3–63 lowercase letters, digits and hyphens, e.g. "my-namespace".',
    check(o, _ix, report) {
      field(
        o,
        'Namespace',
        report,
        (v) => ADDON_NAMESPACE.test(v),
        (v) => `${subject(v)} is not a valid add-on namespace.`,
      );
    },
  },
  {
    ...base,
    id: 'addon-env-values',
    title: 'Environment override values are supported substitutions',
    source: { document: '001 AddDeliveryOptions', code: 'INVALID_ENVIRONMENT_OVERRIDE_PARAMETER_VALUE' },
    field: `${F}.EnvironmentOverrideParameters[].Value`,
    fix: 'Use ${AWS_REGION} or ${AWS_EKS_CLUSTER_NAME} as the value.',
    check(o, _ix, report) {
      const list = o.d.EnvironmentOverrideParameters;
      if (!Array.isArray(list)) return;
      list.forEach((p, k) => {
        const v = isRecord(p) ? p.Value : undefined;
        if (typeof v !== 'string' || !ENV_OVERRIDE_VALUES.has(v))
          report(
            `${o.dPath}.EnvironmentOverrideParameters[${k}].Value`,
            `${subject(v)} is not a supported substitution.`,
          );
      });
    },
  },
  {
    ...base,
    id: 'addon-env-keys-unique',
    title: 'Environment override keys are unique',
    source: { document: '001 AddDeliveryOptions', code: 'DUPLICATE_ENVIRONMENT_OVERRIDE_PARAMETER_KEY' },
    field: `${F}.EnvironmentOverrideParameters[].Key`,
    fix: 'Remove the repeated key.',
    check(o, _ix, report) {
      const list = o.d.EnvironmentOverrideParameters;
      if (!Array.isArray(list)) return;
      const seen = new Set<unknown>();
      list.forEach((p, k) => {
        const key = isRecord(p) ? p.Key : undefined;
        if (seen.has(key))
          report(`${o.dPath}.EnvironmentOverrideParameters[${k}].Key`, `The key ${show(key)} is used twice.`);
        seen.add(key);
      });
    },
  },
];
