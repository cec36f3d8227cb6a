import { ADD_UPDATE, type OptionRule } from '../rule';
import type { OptionTarget } from '../context';
import { LIMITS, OVERRIDE_KEY, PLACEHOLDER, RESERVED_OVERRIDE_KEY, SECRET_KEY, SECRET_REFERENCE_KEY, SECRET_VALUE } from '../patterns';
import { isRecord, show } from '../util';

const FIELD = 'DeliveryOptions[].Details.HelmDeliveryOptionDetails.OverrideParameters[]';
const base = { section: 'Override parameters', scope: 'option', changeTypes: ADD_UPDATE, methods: ['helm'], field: FIELD } as const;

interface Param {
  p: Record<string, unknown>;
  path: string;
  key?: string;
}

function params(o: OptionTarget): Param[] | undefined {
  const list = o.d.OverrideParameters;
  if (!Array.isArray(list)) return undefined;
  return list.map((p, k) => {
    const r = isRecord(p) ? p : {};
    return { p: r, path: `${o.dPath}.OverrideParameters[${k}]`, key: typeof r.Key === 'string' ? r.Key : undefined };
  });
}

/** A key that names a secret value rather than a reference to one (seed 000 §4.4). */
function isSecretKey(key: string): boolean {
  const last = key.slice(key.lastIndexOf('.') + 1);
  return SECRET_KEY.test(last) && !SECRET_REFERENCE_KEY.test(last);
}

/** OverrideParameters of Helm delivery options. */
export const OVERRIDE_RULES: OptionRule[] = [
  {
    ...base,
    id: 'override-key-chars',
    title: 'Override keys use only allowed characters',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'OVERRIDE_PARAMETER_KEYS_CONTAINS_SPECIAL_CHARS' },
    fix: 'Use letters, digits, dots (dot notation), double quotes and plus signs in keys.',
    check(o, _ix, report) {
      for (const { key, path } of params(o) ?? []) {
        if (key === undefined || key === '') report(`${path}.Key`, 'The override parameter has no key.');
        else if (!OVERRIDE_KEY.test(key)) report(`${path}.Key`, `The key "${show(key, 50)}" contains characters that are not allowed.`);
      }
    },
  },
  {
    ...base,
    id: 'override-keys-unique',
    title: 'Override keys are unique',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'DUPLICATE_OVERRIDE_PARAMETER_KEYS' },
    fix: 'Remove the repeated key.',
    check(o, _ix, report) {
      const seen = new Set<string>();
      for (const { key, path } of params(o) ?? []) {
        if (key === undefined) continue;
        if (seen.has(key)) report(`${path}.Key`, `The key "${show(key, 50)}" is used twice.`);
        seen.add(key);
      }
    },
  },
  {
    ...base,
    id: 'override-key-reserved',
    title: 'Override keys do not use Marketplace’s reserved names',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions', code: 'OVERRIDE_PARAMETER_KEYS_CONTAINS_RESERVED_PARAMETER_KEYS' },
    fix: 'Rename the key; names beginning with AWSMP belong to AWS Marketplace.',
    check(o, _ix, report) {
      for (const { key, path } of params(o) ?? []) {
        if (key && RESERVED_OVERRIDE_KEY.test(key)) report(`${path}.Key`, `The key "${show(key, 50)}" is reserved by AWS Marketplace.`);
      }
    },
  },
  {
    ...base,
    id: 'override-limits',
    title: 'At most 15 override parameters, keys ≤ 50 and defaults ≤ 150 characters',
    severity: 'error',
    source: { document: 'reference §9.3' },
    fix: 'Keep at most 15 override parameters; shorten long keys or default values.',
    check(o, _ix, report) {
      const list = params(o);
      if (!list) return;
      if (list.length > LIMITS.overrideParams) report(`${o.dPath}.OverrideParameters`, `${list.length} override parameters; at most ${LIMITS.overrideParams} are allowed.`);
      for (const { p, key, path } of list) {
        if (key && key.length > LIMITS.overrideKey) report(`${path}.Key`, `The key has ${key.length} characters; at most ${LIMITS.overrideKey}.`);
        const dv = p.DefaultValue;
        if (typeof dv === 'string' && dv.length > LIMITS.overrideDefault) report(`${path}.DefaultValue`, `The default value has ${dv.length} characters; at most ${LIMITS.overrideDefault}.`);
      }
    },
  },
  {
    ...base,
    id: 'override-metadata-quicklaunch',
    title: 'QuickLaunch parameters have a label and description',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions (OverrideParameters.Metadata)' },
    fix: 'With QuickLaunch enabled, give every override parameter Metadata with a Label and a Description.',
    check(o, _ix, report) {
      if (o.d.QuickLaunchEnabled !== true) return false;
      for (const { p, path } of params(o) ?? []) {
        const m = isRecord(p.Metadata) ? p.Metadata : undefined;
        if (!m || typeof m.Label !== 'string' || m.Label === '' || typeof m.Description !== 'string' || m.Description === '') {
          report(`${path}.Metadata`, 'QuickLaunch is enabled but this parameter has no Metadata label and description.');
        }
      }
    },
  },
  {
    ...base,
    id: 'override-secret-obfuscate',
    title: 'Secret-looking parameters are obfuscated',
    severity: 'warning',
    source: { document: '000 §4.4' },
    fix: 'Set Metadata.Obfuscate to true, and prefer a Kubernetes Secret name or Secrets Manager reference over the secret itself.',
    check(o, _ix, report) {
      for (const { p, key, path } of params(o) ?? []) {
        if (!key || !isSecretKey(key)) continue;
        const m = isRecord(p.Metadata) ? p.Metadata : undefined;
        if (m?.Obfuscate !== true) report(`${path}.Metadata.Obfuscate`, `"${show(key, 50)}" looks like a secret but is not obfuscated.`);
      }
    },
  },
  {
    ...base,
    id: 'override-no-raw-secret',
    title: 'No raw secret is given as a default value',
    severity: 'warning',
    source: { document: '000 §4.4, §19' },
    fix: 'Leave secret defaults empty (or a ${…} placeholder) and have buyers reference a Kubernetes Secret or Secrets Manager.',
    check(o, _ix, report) {
      for (const { p, key, path } of params(o) ?? []) {
        const dv = p.DefaultValue;
        if (typeof dv !== 'string' || dv === '' || PLACEHOLDER.test(dv)) continue;
        if (SECRET_VALUE.test(dv)) report(`${path}.DefaultValue`, 'The default value looks like a credential or private key.');
        else if (key && isSecretKey(key)) report(`${path}.DefaultValue`, `"${show(key, 50)}" has a raw default value; a secret should not have one.`);
      }
    },
  },
];
