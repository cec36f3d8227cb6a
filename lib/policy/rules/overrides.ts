import { ADD_UPDATE, type OptionRule } from '../rule';
import type { OptionTarget } from '../context';
import {
  LIMITS,
  OVERRIDE_KEY,
  PLACEHOLDER,
  RESERVED_OVERRIDE_KEY,
  SECRET_KEY,
  SECRET_REFERENCE_KEY,
  SECRET_VALUE,
} from '../patterns';
import { isRecord, show } from '../util';

const FIELD = 'DeliveryOptions[].Details.HelmDeliveryOptionDetails.OverrideParameters[]';
const base = {
  section: 'Override parameters',
  scope: 'option',
  changeTypes: ADD_UPDATE,
  methods: ['helm'],
  field: FIELD,
} as const;

class Param {
  readonly p: Record<string, unknown>;
  readonly key?: string;
  constructor(
    raw: unknown,
    private readonly base: string,
    private readonly index: number,
  ) {
    this.p = isRecord(raw) ? raw : {};
    this.key = typeof this.p.Key === 'string' ? this.p.Key : undefined;
  }
  get path(): string {
    return `${this.base}.OverrideParameters[${this.index}]`;
  }
}

/* Seven rules walk the same list: read it once per option and evaluation. */
const parsed = new WeakMap<OptionTarget, Param[] | undefined>();
function params(o: OptionTarget): Param[] | undefined {
  if (parsed.has(o)) return parsed.get(o);
  const list = o.d.OverrideParameters;
  const out = Array.isArray(list) ? list.map((p, k) => new Param(p, o.dPath, k)) : undefined;
  parsed.set(o, out);
  return out;
}

const secretKeys = new Map<string, boolean>();
/** A key that names a secret value rather than a reference to one (seed 000 §4.4). */
function isSecretKey(key: string): boolean {
  let hit = secretKeys.get(key);
  if (hit === undefined) {
    const last = key.slice(key.lastIndexOf('.') + 1);
    hit = SECRET_KEY.test(last) && !SECRET_REFERENCE_KEY.test(last);
    if (secretKeys.size > 1024) secretKeys.clear();
    secretKeys.set(key, hit);
  }
  return hit;
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
      for (const prm of params(o) ?? []) {
        const { key } = prm;
        if (key === undefined || key === '') report(`${prm.path}.Key`, 'The override parameter has no key.');
        else if (!OVERRIDE_KEY.test(key))
          report(`${prm.path}.Key`, `The key "${show(key, 50)}" contains characters that are not allowed.`);
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
      for (const prm of params(o) ?? []) {
        const { key } = prm;
        if (key === undefined) continue;
        if (seen.has(key)) report(`${prm.path}.Key`, `The key "${show(key, 50)}" is used twice.`);
        seen.add(key);
      }
    },
  },
  {
    ...base,
    id: 'override-key-reserved',
    title: 'Override keys do not use Marketplace’s reserved names',
    severity: 'error',
    source: {
      document: '001 AddDeliveryOptions',
      code: 'OVERRIDE_PARAMETER_KEYS_CONTAINS_RESERVED_PARAMETER_KEYS',
    },
    fix: 'Rename the key; names beginning with AWSMP belong to AWS Marketplace.',
    check(o, _ix, report) {
      for (const prm of params(o) ?? []) {
        const { key } = prm;
        if (key && RESERVED_OVERRIDE_KEY.test(key))
          report(`${prm.path}.Key`, `The key "${show(key, 50)}" is reserved by AWS Marketplace.`);
      }
    },
  },
  {
    ...base,
    id: 'override-limits',
    title: 'At most 15 override parameters, keys ≤ 50 and defaults ≤ 150 characters',
    severity: 'error',
    // Seed 001 names no code for the schema's limits; AWS's "Provided Details is not valid" fits them.
    source: { document: 'reference §9.3', code: 'INVALID_DETAILS' },
    fix: 'Keep at most 15 override parameters; shorten long keys or default values.',
    check(o, _ix, report) {
      const list = params(o);
      if (!list) return;
      if (list.length > LIMITS.overrideParams)
        report(
          `${o.dPath}.OverrideParameters`,
          `${list.length} override parameters; at most ${LIMITS.overrideParams} are allowed.`,
        );
      for (const prm of list) {
        const { p, key } = prm;
        if (key && key.length > LIMITS.overrideKey)
          report(`${prm.path}.Key`, `The key has ${key.length} characters; at most ${LIMITS.overrideKey}.`);
        const dv = p.DefaultValue;
        if (typeof dv === 'string' && dv.length > LIMITS.overrideDefault)
          report(
            `${prm.path}.DefaultValue`,
            `The default value has ${dv.length} characters; at most ${LIMITS.overrideDefault}.`,
          );
      }
    },
  },
  {
    ...base,
    id: 'override-metadata-quicklaunch',
    title: 'QuickLaunch parameters have a label and description',
    severity: 'error',
    source: { document: '001 AddDeliveryOptions (override parameter labels)' },
    fix: 'With QuickLaunch on, give every override parameter a label and a description.',
    check(o, _ix, report) {
      if (o.d.QuickLaunchEnabled !== true) return false;
      for (const prm of params(o) ?? []) {
        const { p } = prm;
        const m = isRecord(p.Metadata) ? p.Metadata : undefined;
        if (
          !m ||
          typeof m.Label !== 'string' ||
          m.Label === '' ||
          typeof m.Description !== 'string' ||
          m.Description === ''
        ) {
          report(
            `${prm.path}.Metadata`,
            'QuickLaunch is on, but this override parameter has no label and description.',
          );
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
      for (const prm of params(o) ?? []) {
        const { p, key } = prm;
        if (!key || !isSecretKey(key)) continue;
        const m = isRecord(p.Metadata) ? p.Metadata : undefined;
        if (m?.Obfuscate !== true)
          report(
            `${prm.path}.Metadata.Obfuscate`,
            `"${show(key, 50)}" looks like a secret but is not obfuscated.`,
          );
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
      for (const prm of params(o) ?? []) {
        const { p, key } = prm;
        const dv = p.DefaultValue;
        if (typeof dv !== 'string' || dv === '' || PLACEHOLDER.test(dv)) continue;
        if (SECRET_VALUE.test(dv))
          report(`${prm.path}.DefaultValue`, 'The default value looks like a credential or private key.');
        else if (key && isSecretKey(key))
          report(
            `${prm.path}.DefaultValue`,
            `"${show(key, 50)}" has a raw default value; a secret should not have one.`,
          );
      }
    },
  },
];
