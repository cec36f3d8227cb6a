import type { DeliveryMethod, RuleMeta, Severity } from '@/lib/policy/types';

const CHART_URI = 'DeliveryOptions[].Details.*.HelmChartUri';
const IMAGES = 'DeliveryOptions[].Details.*.ContainerImages[]';
const CHANGE_TYPES = ['AddDeliveryOptions', 'UpdateDeliveryOptions'] as const;
const CHART_METHODS: readonly DeliveryMethod[] = ['helm', 'eks-addon'];
const ADDON: readonly DeliveryMethod[] = ['eks-addon'];

function rule(id: string, title: string, severity: Severity, document: string, code: string | undefined, fix: string, extra: { field?: string; methods?: readonly DeliveryMethod[] } = {}): RuleMeta {
  return {
    id,
    title,
    section: 'Helm chart',
    severity,
    source: code ? { document, code } : { document },
    changeTypes: CHANGE_TYPES,
    methods: extra.methods ?? CHART_METHODS,
    field: extra.field ?? CHART_URI,
    fix,
  };
}

/** Every check the chart preflight runs, in the order findings are reported. */
export const CHART_RULES: RuleMeta[] = [
  rule('chart-yaml-valid', 'Chart.yaml is present and valid', 'error', '000 §8.3', 'INVALID_HELM_LINT',
    'Add a Chart.yaml with apiVersion v2 (or v1), a name, and a SemVer 2 version such as 0.1.0.'),
  rule('chart-values-yaml-valid', 'values.yaml parses as YAML', 'error', '000 §8.3', 'INVALID_HELM_LINT',
    'Fix the YAML syntax error in values.yaml at the reported line.'),
  rule('chart-version-matches-uri', "Chart version matches the HelmChartUri tag", 'error', '001 AddDeliveryOptions', 'INVALID_HELM_CHART_URI',
    'Push the chart with a tag equal to its Chart.yaml version (helm push uses the version as the tag), and use that tag in HelmChartUri.'),
  rule('chart-template-syntax', 'Templates parse (helm lint)', 'error', '000 §8.3', 'INVALID_HELM_LINT',
    'Balance every {{ with }}, and close every if/range/with/define with {{ end }}; run helm lint locally.'),
  rule('chart-template-functions', 'Templates call only known functions (helm template)', 'error', '000 §8.3', 'INVALID_HELM_TEMPLATE',
    'Use only Go template builtins, Sprig functions and Helm functions (include, tpl, required, toYaml …); env and expandenv are removed by Helm.'),
  rule('chart-template-includes', 'Included templates are defined', 'error', '000 §8.3', 'INVALID_HELM_TEMPLATE',
    'Define the named template (usually in templates/_helpers.tpl) or fix the name passed to include/template.'),
  rule('chart-values-image-variables', 'Images come from registry/repository/tag values', 'error', '000 §8.1', 'INVALID_HELM_CHART',
    'Give every image registry, repository and tag keys in values.yaml and build the reference from all three: "{{ .Values.image.registry }}/{{ .Values.image.repository }}:{{ .Values.image.tag }}".'),
  rule('chart-image-not-hardcoded', 'Templates reference images only through .Values', 'error', '000 §8.1, §8.2', 'INVALID_HELM_CHART',
    'Replace the literal image (or the conditional branch that bypasses values) with the values.yaml image variables.'),
  rule('chart-images-resolvable', 'Every image reference can be resolved', 'warning', '000 §8.1', undefined,
    'Build image references with plain .Values paths, printf, default or an include helper so they can be checked before submission.', { field: IMAGES }),
  rule('chart-images-marketplace-ecr', 'Images are in the Marketplace ECR registry', 'error', '000 §7, §15', 'INVALID_HELM_CHART_IMAGES',
    'Push every image to the repositories created with AddRepositories and point values.yaml at the Marketplace ECR registry.', { field: IMAGES }),
  rule('chart-images-declared', 'Chart images are declared in ContainerImages', 'error', '001 AddDeliveryOptions', 'INVALID_HELM_UNDECLARED_IMAGES',
    "Add each image the chart renders to the delivery option's ContainerImages.", { field: IMAGES }),
  rule('chart-declared-images-used', 'Declared images appear in the chart', 'warning', '001 AddDeliveryOptions', undefined,
    'Remove images the chart does not use from ContainerImages, or check the chart renders them with default values.', { field: IMAGES }),
  rule('chart-images-regionalized', 'Changing the registry value changes every image', 'error', '000 §8.2', 'INVALID_HELM_CHART',
    'Derive every image from a registry value (image.registry or global.imageRegistry) so regional Marketplace registries replace it.', { field: IMAGES }),
  rule('chart-dependencies-vendored', 'Dependencies are packaged in charts/', 'error', '000 §8.3, §15', 'INVALID_DEPENDENT_HELM_CHARTS',
    'Run helm dependency build and package the chart so every dependency sits under charts/ (or use a file:// path inside the chart).'),
  rule('chart-schema-no-sensitive', 'Configuration schemas collect no secrets', 'error', '000 §4.4', 'INVALID_HELM_SENSITIVE_CONFIG',
    'Replace password/token/key/certificate/license properties with the name of a Kubernetes Secret or a Secrets Manager reference (e.g. existingSecretName).'),
  rule('chart-values-no-raw-secrets', 'values.yaml holds no raw secrets', 'error', '000 §4.4', 'INVALID_HELM_SENSITIVE_CONFIG',
    'Remove the secret value from values.yaml; reference a Kubernetes Secret, AWS Secrets Manager or a SecretProviderClass instead.'),
  rule('chart-config-schema-draft', 'aws_mp_configuration_schema.json uses an allowed JSON Schema draft', 'error', 'issue 7 (EKS add-on configuration schema)', 'INVALID_HELM_CHART',
    'Set "$schema" to draft-04, draft-06, draft-07, 2019-09 or 2020-12 (e.g. "http://json-schema.org/draft-07/schema#").', { methods: ADDON }),
  rule('chart-config-schema-camel-case', 'Configuration schema properties are camelCase', 'error', 'issue 7 (EKS add-on configuration schema)', 'INVALID_HELM_CHART',
    'Rename the property to camelCase (letters and digits, starting lower-case), matching the values.yaml key.', { methods: ADDON }),
  rule('chart-config-schema-descriptions', 'Every configuration property has a description', 'error', 'issue 7 (EKS add-on configuration schema)', 'INVALID_HELM_CHART',
    'Add a "description" that tells the buyer what the property does.', { methods: ADDON }),
  rule('chart-config-schema-no-images', 'Configuration schema exposes no image or probe parameters', 'error', 'issue 7 (EKS add-on configuration schema)', 'INVALID_HELM_CHART',
    'Remove image and probe settings from aws_mp_configuration_schema.json; buyers must not override images or health probes.', { methods: ADDON }),
  rule('chart-config-schema-defaults', 'Configuration schema defaults match values.yaml', 'error', 'issue 7 (EKS add-on configuration schema)', 'INVALID_HELM_CHART',
    'Make each "default" equal the value at the same path in values.yaml.', { methods: ADDON }),
  rule('chart-addon-no-hooks', 'No Helm hooks', 'error', '001 EKS add-on', 'INCOMPATIBLE_HELM_OBJECTS',
    'Remove helm.sh/hook annotations; do the work in the main resources or an init container.', { methods: ADDON }),
  rule('chart-addon-no-lookup', 'No lookup function', 'error', '001 EKS add-on', 'INCOMPATIBLE_HELM_OBJECTS',
    'Remove lookup calls; take the value from values.yaml instead.', { methods: ADDON }),
  rule('chart-addon-release-fields', 'Only .Release.Name and .Release.Namespace are used', 'error', '001 EKS add-on', 'INCOMPATIBLE_HELM_OBJECTS',
    'Replace other .Release fields (Service, Revision, IsInstall, IsUpgrade) with values or constants.', { methods: ADDON }),
  rule('chart-addon-capabilities', 'No .Capabilities.APIVersions checks of non-built-in APIs', 'error', '001 EKS add-on', 'INCOMPATIBLE_HELM_OBJECTS',
    'Gate optional CRD resources on a values flag instead of .Capabilities.APIVersions.Has.', { methods: ADDON }),
  rule('chart-addon-workload', 'The chart creates a Deployment or DaemonSet', 'error', '000 §7', 'INVALID_HELM_CHART',
    'Render at least one Deployment or DaemonSet with the default values.', { methods: ADDON }),
  rule('chart-addon-service-account', 'A service account is created by default', 'error', '000 §9', 'INVALID_HELM_CHART',
    'Set serviceAccount.create: true in values.yaml (or render a ServiceAccount unconditionally).', { methods: ADDON }),
];

export const CHART_RULE_IDS = new Set(CHART_RULES.map((r) => r.id));
