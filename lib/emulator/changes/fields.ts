import DELIVERY from '@/lib/facts/delivery-options.json';
import type { ErrorDetail } from './types';

/*
 * Field rules of seed 001's asynchronous error tables. Each function returns the documented code and
 * message for one field; handlers combine them.
 */
export const err = (ErrorCode: string, ErrorMessage: string): ErrorDetail => ({ ErrorCode, ErrorMessage });
export const isObj = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const dupes = (xs: string[]) => [...new Set(xs.filter((x, i) => xs.indexOf(x) !== i))];

/** Control characters and characters outside the Basic Multilingual Plane (emoji) are refused. */
const UNSUPPORTED_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDFFF]/gu;

/**
 * VersionTitle, ReleaseNotes and UsageInstructions share four documented messages. `max` is the longest
 * accepted: where seed 001 says "less than N" (release notes) callers pass N - 1 (reference corrections).
 */
export function checkText(
  code: string,
  label: string,
  value: unknown,
  max: number,
  required = true,
): ErrorDetail[] {
  const s = str(value);
  if (s === undefined || s.trim() === '') return required ? [err(code, `Provide ${label}.`)] : [];
  const out: ErrorDetail[] = [];
  if (/\s[™®]/.test(s)) out.push(err(code, 'Remove spaces before the trademark symbol.'));
  const bad = [...new Set(s.match(UNSUPPORTED_RE) ?? [])];
  if (bad.length)
    out.push(
      err(
        code,
        `Remove the following unsupported characters: [${bad.map((c) => JSON.stringify(c)).join(', ')}]`,
      ),
    );
  if (/^\s/.test(s)) out.push(err(code, `Remove spaces from the beginning of the ${label}.`));
  if (s.length > max) out.push(err(code, `Provide ${label} with fewer than ${max + 1} characters.`));
  return out;
}

export function checkDescription(value: unknown): ErrorDetail[] {
  const s = str(value);
  if (!s || !s.trim()) return [err('INVALID_SHORT_DESCRIPTION', 'Provide short description.')];
  // "fewer than 1,000": 1,000 itself is refused (reference corrections).
  if (s.length >= 1000)
    return [
      err('INVALID_SHORT_DESCRIPTION', 'Provide a short description with fewer than 1,000 characters.'),
    ];
  return [];
}

export function checkOptionTitle(value: unknown): ErrorDetail[] {
  const s = str(value);
  if (!s || !s.trim() || s.length > 72)
    return [
      err('INVALID_FULFILLMENT_OPTION_TITLE', 'Provide delivery option title with fewer than 72 characters.'),
    ];
  return [];
}

export const SERVICES = {
  Ecr: DELIVERY.compatibleServices.ecr,
  Helm: DELIVERY.compatibleServices.helm,
};

export function checkServices(value: unknown, allowed: readonly string[]): ErrorDetail[] {
  if (!Array.isArray(value) || value.length === 0)
    return [err('NO_SERVICE_SPECIFIED', 'Provide at least 1 compatible service.')];
  const xs = value.map(String);
  const out: ErrorDetail[] = [];
  const bad = xs.filter((s) => !allowed.includes(s));
  if (bad.length)
    out.push(
      err(
        'INCOMPATIBLE_SERVICES',
        `The service list contains incompatible services. [${bad.join(', ')}] Provide a valid list of compatible services.`,
      ),
    );
  if (dupes(xs).length)
    out.push(
      err(
        'DUPLICATE_COMPATIBLE_AWS_SERVICES',
        'The service list contains duplicate entries. Remove them. Each entry must be unique.',
      ),
    );
  return out;
}

export function checkResources(value: unknown): ErrorDetail[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [err('INVALID_DETAILS', 'Provided Details is not valid.')];
  const out: ErrorDetail[] = [];
  for (const r of value) {
    const name = isObj(r) ? str(r.Name) : undefined;
    const url = isObj(r) ? str(r.Url) : undefined;
    if (!name) out.push(err('EMPTY_RESOURCE_NAME', 'Provide resource name.'));
    else if (name.length >= 256)
      out.push(err('INVALID_RESOURCE_NAME', 'Provide resource name with fewer than 256 characters.'));
    if (!url) out.push(err('EMPTY_RESOURCE_URL', 'Provide resource URL.'));
    else if (url.length >= 256)
      out.push(err('INVALID_RESOURCE_URL', 'Provide resource URL with fewer than 256 characters.'));
  }
  return out;
}

/** Helm release names and namespaces: DNS-1123 labels (Helm's own rule; AWS's regex is unpublished). */
const HELM_PARAM_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Seed 001: keys "must use only letters, numbers, double quotes and plus signs", in dot notation. */
const OVERRIDE_KEY_RE = /^[A-Za-z0-9."+]+$/;
/** Reference §9.3: at most 15 override parameters, keys ≤ 50 and defaults ≤ 150 characters. */
const OVERRIDE_LIMITS = { count: 15, key: 50, value: 150 };

export function checkHelmParams(d: Record<string, unknown>, paid: boolean): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  const ns = str(d.Namespace);
  if (ns !== undefined && (!HELM_PARAM_RE.test(ns) || ns.length > 50)) {
    out.push(
      err(
        'INVALID_NAMESPACE',
        `The namespace values [${ns}] are invalid. Provide values that conform to the ${HELM_PARAM_RE.source} regular expression.`,
      ),
    );
  }
  const rel = str(d.ReleaseName);
  if (rel !== undefined && (!HELM_PARAM_RE.test(rel) || rel.length > 50)) {
    out.push(
      err(
        'INVALID_RELEASE_NAME',
        `The releaseName values [${rel}] are invalid. Provide values that conform to the ${HELM_PARAM_RE.source} regular expression.`,
      ),
    );
  }
  const params = Array.isArray(d.OverrideParameters) ? d.OverrideParameters.filter(isObj) : [];
  const keys = params.map((p) => str(p.Key) ?? '');
  // Beyond the change type's schema (no code of its own in seed 001): "Provided Details is not valid."
  if (
    params.length > OVERRIDE_LIMITS.count ||
    keys.some((k) => k.length > OVERRIDE_LIMITS.key) ||
    params.some((p) => (str(p.DefaultValue)?.length ?? 0) > OVERRIDE_LIMITS.value)
  )
    out.push(
      err(
        'INVALID_DETAILS',
        `Provided Details is not valid. OverrideParameters allows at most ${OVERRIDE_LIMITS.count} entries, keys of ${OVERRIDE_LIMITS.key} and default values of ${OVERRIDE_LIMITS.value} characters.`,
      ),
    );
  const badKeys = keys.filter((k) => !OVERRIDE_KEY_RE.test(k));
  if (badKeys.length) {
    out.push(
      err(
        'OVERRIDE_PARAMETER_KEYS_CONTAINS_SPECIAL_CHARS',
        `The override parameter keys [${badKeys.join(', ')}] contain invalid characters. You keys must use only letters, numbers, double quotes (“ ”) and plus signs (+).`,
      ),
    );
  }
  if (dupes(keys).length)
    out.push(
      err(
        'DUPLICATE_OVERRIDE_PARAMETER_KEYS',
        `The override parameters contain duplicate keys [${dupes(keys).join(', ')}]. Remove the duplicates.`,
      ),
    );
  const defaults = params.map((p) => str(p.DefaultValue));
  const services = Array.isArray(d.CompatibleServices) ? d.CompatibleServices : [];
  if (services.includes('EKS-Anywhere') && !defaults.includes('${AWSMP_LICENSE_SECRET}')) {
    out.push(
      err(
        'NO_LICENSE_SECRET_KEYS',
        'For Amazon EKS Anywhere products, provide 1 override parameter for license secret. Needs DefaultValue of "${AWSMP_LICENSE_SECRET}", see example in section.',
      ),
    );
  }
  if (paid && !defaults.includes('${AWSMP_SERVICE_ACCOUNT}')) {
    out.push(
      err(
        'NO_SERVICE_ACCOUNT_CONFIGURATION',
        'For paid products, provide 1 override parameter for service account configuration. Needs DefaultValue of "${AWSMP_SERVICE_ACCOUNT}", see example in section.',
      ),
    );
  }
  return out;
}

const ROLE_ARN_RE = /^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/[\w+=,.@/-]+$/;
export function checkAccessRole(value: unknown): ErrorDetail[] {
  if (value === undefined) return [];
  return typeof value === 'string' && ROLE_ARN_RE.test(value)
    ? []
    : [err('INVALID_ARN', 'Provide a valid ARN for image access.')];
}
