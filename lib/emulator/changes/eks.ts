import DELIVERY from '@/lib/facts/delivery-options.json';
import EKS_ADDONS from '@/lib/facts/eks-addons.json';
import { dupes, err, isObj, str } from './fields';
import type { ErrorDetail, EvalContext, ProductDoc } from './types';

/*
 * EKS add-on rules (seed 001). Add-on types and Kubernetes versions come from lib/facts/eks-addons.json,
 * which names its sources; types compare case-insensitively because the seed writes 'Gitops' and 'Security'.
 */
export const ADDON_TYPES = EKS_ADDONS.addOnTypes;
export const KUBERNETES_VERSIONS = EKS_ADDONS.kubernetesVersions;
const ARCHITECTURES = DELIVERY.architectures;
const ENV_VALUES = DELIVERY.environmentOverrideValues;
const NAME_RE = /^[A-Za-z0-9][a-zA-Z0-9-]{1,62}[a-zA-Z0-9]$/;
/** INVALID_ADDON_NAME_PATTERN's own wording: "starts with a letter or digit, and then … letters, digits, and hyphens". */
const NAME_START_RE = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const VERSION_RE = /^((0|[1-9]\d*)\.){2}(0|[1-9]\d*)$/;
const NAMESPACE_RE = /^[a-z0-9][-a-z0-9]{1,61}[a-z0-9]$/;

/** The add-on identity a product already uses (name, type, namespace), if any. */
export function existingAddon(product: ProductDoc) {
  for (const v of product.Versions)
    for (const o of v.DeliveryOptions)
      if (o.Type === 'EksAddOn')
        return {
          name: str(o.DisplayAddOnName),
          type: str(o.AddOnType),
          namespace: str(o.Namespace),
          version: str(o.AddOnVersion),
        };
  return undefined;
}

export function addonVersions(product: ProductDoc): string[] {
  return product.Versions.flatMap((v) =>
    v.DeliveryOptions.filter((o) => o.Type === 'EksAddOn').map((o) => String(o.AddOnVersion)),
  );
}

/** Identity checks shared by Add, Update and UpdateDeliveryOptionsVisibility. */
export function checkAddonIdentity(
  product: ProductDoc,
  d: { name?: string; type?: string; namespace?: string },
  excludeOptionId?: string,
): ErrorDetail[] {
  const prior = product.Versions.flatMap((v) => v.DeliveryOptions).find(
    (o) => o.Type === 'EksAddOn' && o.Id !== excludeOptionId,
  );
  if (!prior) return [];
  const out: ErrorDetail[] = [];
  if (d.name !== undefined && d.name !== prior.DisplayAddOnName)
    out.push(
      err(
        'INCOMPATIBLE_ADDON_NAME',
        `The add-on name [${d.name}] does not match the existing name. Reuse the existing name from the public version, or previous versions, of this add-on. You can only use one add-on name for each product.`,
      ),
    );
  if (d.type !== undefined && d.type !== prior.AddOnType)
    out.push(
      err(
        'INCOMPATIBLE_ADDON_TYPE',
        `The add-on type [${d.type}] does not match the existing type. Reuse the existing type from the public version, or previous versions, of this add-on. You can only use one add-on type for each product.`,
      ),
    );
  if (d.namespace !== undefined && d.namespace !== prior.Namespace)
    out.push(
      err(
        'INCOMPATIBLE_ADDON_NAMESPACE',
        `The add-on namespace [${d.namespace}] does not match the existing namespace . Reuse the existing namespace from the public version, or previous versions, of this add-on. You can only use one add-on namespace for each product.`,
      ),
    );
  return out;
}

/** Field checks of EksAddOnDeliveryOptionDetails; `partial` for UpdateDeliveryOptions where all fields are optional. */
export function checkAddonFields(
  ctx: EvalContext,
  product: ProductDoc,
  entityId: string,
  d: Record<string, unknown>,
  partial: boolean,
): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  const has = (k: string) => d[k] !== undefined || !partial;
  const name = str(d.AddOnName);
  if (has('AddOnName')) {
    // A name the pattern text admits but the regex does not (length, trailing hyphen) is INVALID_ADDON_NAME.
    if (name && !NAME_START_RE.test(name))
      out.push(
        err(
          'INVALID_ADDON_NAME_PATTERN',
          'Provide an add-on name that starts with a letter or digit, and then a combination of letters, digits, and hyphens. For example, test-addon, eksaddon',
        ),
      );
    else if (!name || !NAME_RE.test(name))
      out.push(
        err(
          'INVALID_ADDON_NAME',
          `Provide an AddOn name that follows the following regex pattern: ${NAME_RE.source}`,
        ),
      );
    else if (ctx.addonOwners.has(name) && ctx.addonOwners.get(name) !== entityId)
      out.push(
        err(
          'DUPLICATE_ADDON_NAME',
          'The AddOn name you provided is already in use by a different product. Provide a different name.',
        ),
      );
  }
  const version = str(d.AddOnVersion);
  if (has('AddOnVersion')) {
    if (!version || !VERSION_RE.test(version))
      out.push(
        err(
          'INVALID_ADDON_VERSION_PATTERN',
          'Provide an add-on version using the following pattern: "<major>.<minor>.<patch>" (for example, 1.2.3, 0.1.2, 0.1.1)',
        ),
      );
    else if (!partial && addonVersions(product).includes(version))
      out.push(
        err(
          'DUPLICATE_ADDON_VERSION',
          `The add-on version title [${version}] is already in use. Provide a different title.`,
        ),
      );
  }
  if (has('AddOnType') && !ADDON_TYPES.includes((str(d.AddOnType) ?? '').toLowerCase()))
    out.push(
      err(
        'INVALID_ADDON_TYPE',
        `The add-on types [${String(d.AddOnType)}] are invalid. Provide a type from the supported list: [${ADDON_TYPES.join(', ')}].`,
      ),
    );
  out.push(
    ...checkList(
      d.CompatibleKubernetesVersions,
      has('CompatibleKubernetesVersions'),
      KUBERNETES_VERSIONS,
      'INVALID_KUBERNETES_VERSION',
      'DUPLICATE_KUBERNETES_VERSIONS',
      'Kubernetes versions',
    ),
  );
  out.push(
    ...checkList(
      d.SupportedArchitectures,
      has('SupportedArchitectures'),
      ARCHITECTURES,
      'INVALID_ARCHITECTURE',
      'DUPLICATE_SUPPORTED_ARCHITECTURES',
      'architectures',
    ),
  );
  const ns = str(d.Namespace);
  if (has('Namespace') && (!ns || !NAMESPACE_RE.test(ns)))
    out.push(
      err(
        'INVALID_ADDON_NAMESPACE',
        `The namespace values [${ns ?? ''}] are invalid. The namespace must follow the ${NAMESPACE_RE.source} regular expression. For example, namespace, namespace-test.`,
      ),
    );
  const env = Array.isArray(d.EnvironmentOverrideParameters)
    ? d.EnvironmentOverrideParameters.filter(isObj)
    : [];
  const badValues = env.map((p) => str(p.Value) ?? '').filter((v) => !ENV_VALUES.includes(v));
  if (badValues.length)
    out.push(
      err(
        'INVALID_ENVIRONMENT_OVERRIDE_PARAMETER_VALUE',
        `The override parameter values [${badValues.join(', ')}] are invalid. Provide a valid value from the following list: [${ENV_VALUES.join(', ')}].`,
      ),
    );
  const keys = dupes(env.map((p) => str(p.Key) ?? ''));
  if (keys.length)
    out.push(
      err(
        'DUPLICATE_ENVIRONMENT_OVERRIDE_PARAMETER_KEY',
        `The environment override parameters contain duplicate keys: [${keys.join(', ')}]. Remove them.`,
      ),
    );
  out.push(...checkAddonIdentity(product, { name, type: str(d.AddOnType), namespace: ns }));
  return out;
}

function checkList(
  value: unknown,
  required: boolean,
  allowed: string[],
  invalidCode: string,
  dupCode: string,
  label: string,
): ErrorDetail[] {
  if (value === undefined && !required) return [];
  const xs = Array.isArray(value) ? value.map(String) : [];
  const bad = xs.filter((x) => !allowed.includes(x));
  const out: ErrorDetail[] = [];
  if (!xs.length || bad.length)
    out.push(
      err(
        invalidCode,
        `The ${label} [${bad.join(', ')}] are invalid. Provide ${label} from the supported list: [${allowed.join(', ')}].`,
      ),
    );
  if (dupes(xs).length)
    out.push(
      err(dupCode, `Duplicate ${label}: [${dupes(xs).join(', ')}]. Provide a list with unique ${label}.`),
    );
  return out;
}
