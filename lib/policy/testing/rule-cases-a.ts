/* Passing and failing contexts for each rule (part A: change set, text, images, Helm, overrides). */
import type { PolicyContext } from '../context';
import { REG, add, change, ctx, img, opt, request, snapshot, update, updOpt } from './builders';

export type Case = { pass: PolicyContext; fail: PolicyContext };
type O = Record<string, unknown>;

const S = snapshot();
/** One-option AddDeliveryOptions request varying the option's method details. */
const withHelm = (d: O, extra: Partial<PolicyContext> = {}) => ctx(request(add([opt('helm', d)])), extra);
const withEcr = (d: O) => ctx(request(add([opt('ecr', d)])), {});
const pair = (pass: O, fail: O, extra: Partial<PolicyContext> = {}): Case => ({
  pass: withHelm(pass, extra),
  fail: withHelm(fail, extra),
});
const OK = ctx(request(add()));
const param = (Key: string, DefaultValue = 'x', Metadata?: O) => ({
  Key,
  DefaultValue,
  ...(Metadata ? { Metadata } : {}),
});
const md = { Label: 'L', Description: 'D' };

export const CASES_A: Record<string, Case> = {
  'changeset-size': { pass: OK, fail: ctx(request()) },
  'change-type-once-per-entity': {
    pass: ctx(
      request(
        add(),
        change('AddRepositories', { Repositories: [{ RepositoryName: 'new-repo', RepositoryType: 'ECR' }] }),
      ),
    ),
    fail: ctx(request(add(), add())),
  },
  'change-entity': {
    pass: OK,
    fail: ctx(request({ ...add(), Entity: { Type: 'SaaSProduct@1.0', Identifier: 'prod-x' } })),
  },
  'change-details-readable': {
    pass: ctx(
      request({
        ChangeType: 'AddRepositories',
        Entity: { Type: 'ContainerProduct@1.0', Identifier: 'p' },
        Details: '{"Repositories":[{"RepositoryName":"new-repo","RepositoryType":"ECR"}]}',
      }),
    ),
    fail: ctx(
      request({
        ChangeType: 'AddRepositories',
        Entity: { Type: 'ContainerProduct@1.0', Identifier: 'p' },
        Details: '{not json',
      }),
    ),
  },
  'option-single-method': { pass: OK, fail: ctx(request(add([{ DeliveryOptionTitle: 'x', Details: {} }]))) },
  'product-status-versions': {
    pass: ctx(request(add()), { product: S }),
    fail: ctx(request(add()), { product: snapshot({ visibility: 'Draft' }) }),
  },
  'version-title-valid': {
    pass: OK,
    fail: ctx(request(add(undefined, { VersionTitle: ' 1.4.0', ReleaseNotes: 'x' }))),
  },
  'release-notes-valid': {
    pass: OK,
    fail: ctx(request(add(undefined, { VersionTitle: '1.4.0', ReleaseNotes: '' }))),
  },
  'version-title-unique': {
    pass: ctx(request(add()), { product: S }),
    fail: ctx(request(add(undefined, { VersionTitle: '1.3.0', ReleaseNotes: 'x' })), { product: S }),
  },
  'option-titles-unique': {
    pass: ctx(request(add([opt('helm'), opt('ecr')]))),
    fail: ctx(request(add([opt('helm'), opt('ecr', {}, { DeliveryOptionTitle: 'helm option' })]))),
  },
  'option-title-not-taken': {
    pass: ctx(request(update([updOpt('do-helm', 'helm', { DeliveryOptionTitle: 'New chart' })])), {
      product: S,
    }),
    fail: ctx(request(update([updOpt('do-helm', 'helm', { DeliveryOptionTitle: 'Images' })])), {
      product: S,
    }),
  },
  'option-title-valid': {
    pass: OK,
    fail: ctx(request(add([opt('helm', {}, { DeliveryOptionTitle: 'x'.repeat(73) })]))),
  },
  'option-description-valid': pair({}, { Description: 'x'.repeat(1000) }),
  'usage-instructions-valid': pair({}, { UsageInstructions: 'x'.repeat(4001) }),
  'services-required': pair({}, { CompatibleServices: [] }),
  'services-compatible': pair(
    {
      CompatibleServices: ['EKS', 'EKS-Anywhere'],
      OverrideParameters: [param('lic', '${AWSMP_LICENSE_SECRET}')],
    },
    { CompatibleServices: ['ECS'] },
  ),
  'services-unique': pair({}, { CompatibleServices: ['EKS', 'EKS'] }),
  'resource-name-present': {
    pass: withEcr({ DeploymentResources: [{ Name: 'Docs', Url: 'https://d' }] }),
    fail: withEcr({ DeploymentResources: [{ Name: '', Url: 'https://d' }] }),
  },
  'resource-url-present': {
    pass: withEcr({ DeploymentResources: [{ Name: 'Docs', Url: 'https://d' }] }),
    fail: withEcr({ DeploymentResources: [{ Name: 'Docs' }] }),
  },
  'resource-name-length': {
    pass: withEcr({ DeploymentResources: [{ Name: 'x'.repeat(255), Url: 'u' }] }),
    fail: withEcr({ DeploymentResources: [{ Name: 'x'.repeat(256), Url: 'u' }] }),
  },
  'resource-url-length': {
    pass: withEcr({ DeploymentResources: [{ Name: 'n', Url: 'x'.repeat(255) }] }),
    fail: withEcr({ DeploymentResources: [{ Name: 'n', Url: 'x'.repeat(256) }] }),
  },
  'images-required': pair({}, { ContainerImages: [] }),
  'images-limit': pair(
    { ContainerImages: Array.from({ length: 50 }, (_, i) => img('app', `1.0.${i}`)) },
    { ContainerImages: Array.from({ length: 51 }, (_, i) => img('app', `1.0.${i}`)) },
  ),
  'images-unique': pair({ ContainerImages: [img(), img('chart')] }, { ContainerImages: [img(), img()] }),
  'image-uri-valid': pair({}, { ContainerImages: ['not a uri'] }),
  'image-no-latest': pair({}, { ContainerImages: [img('app', 'latest')] }),
  'image-tag-format': pair({}, { ContainerImages: [img('app', '.bad')] }),
  'image-no-external-registry': pair({}, { ContainerImages: ['nginx:1.25'] }),
  'image-marketplace-ecr': pair({}, { ContainerImages: ['registry.example.com/app:1.0'] }),
  'image-product-repository': pair({}, { ContainerImages: [`${REG}/seller/other:1.0`] }, { product: S }),
  'helm-chart-uri': pair({}, { HelmChartUri: img('chart', 'helmchart1.1') }),
  'helm-release-name': pair({}, { ReleaseName: 'Optional release name' }),
  'helm-namespace': pair({}, { Namespace: 'Bad_NS' }),
  'helm-service-account-name': pair(
    { MarketplaceServiceAccountName: 'app-sa' },
    { MarketplaceServiceAccountName: 'Service account name' },
  ),
  'helm-license-secret': pair(
    {
      CompatibleServices: ['EKS', 'EKS-Anywhere'],
      OverrideParameters: [param('lic', '${AWSMP_LICENSE_SECRET}')],
    },
    { CompatibleServices: ['EKS', 'EKS-Anywhere'], OverrideParameters: [param('lic', 'x')] },
  ),
  'helm-service-account-override': pair(
    { OverrideParameters: [param('sa', '${AWSMP_SERVICE_ACCOUNT}')] },
    {},
    { pricing: { model: 'Usage' } },
  ),
  'override-key-chars': pair(
    { OverrideParameters: [param('a.b"c"+d')] },
    { OverrideParameters: [param('bad key!')] },
  ),
  'override-keys-unique': pair(
    { OverrideParameters: [param('a'), param('b')] },
    { OverrideParameters: [param('a'), param('a')] },
  ),
  'override-key-reserved': pair({}, { OverrideParameters: [param('AWSMPlicense')] }),
  'override-limits': pair({}, { OverrideParameters: Array.from({ length: 16 }, (_, i) => param(`k${i}`)) }),
  'override-metadata-quicklaunch': pair(
    { QuickLaunchEnabled: true, OverrideParameters: [param('a', 'x', md)] },
    { QuickLaunchEnabled: true, OverrideParameters: [param('a')] },
  ),
  'override-secret-obfuscate': pair(
    { OverrideParameters: [param('db.password', '', { ...md, Obfuscate: true })] },
    { OverrideParameters: [param('db.password', '', { ...md, Obfuscate: false })] },
  ),
  'override-no-raw-secret': pair(
    { OverrideParameters: [param('db.passwordSecretName', 'db-creds')] },
    { OverrideParameters: [param('db.password', 'hunter2')] },
  ),
  'chart-images-declared': {
    pass: withHelm(
      {},
      {
        charts: {
          'ChangeSet[0].DetailsDocument.DeliveryOptions[0]': {
            chart: {},
            images: [img()],
            findings: [],
            rulesRun: [],
          },
        },
      },
    ),
    fail: withHelm(
      {},
      {
        charts: {
          'ChangeSet[0].DetailsDocument.DeliveryOptions[0]': {
            chart: {},
            images: [img('sidecar')],
            findings: [],
            rulesRun: [],
          },
        },
      },
    ),
  },
  'chart-images-marketplace': {
    pass: withHelm(
      {},
      {
        charts: {
          'ChangeSet[0].DetailsDocument.DeliveryOptions[0]': {
            chart: {},
            images: [img()],
            findings: [],
            rulesRun: [],
          },
        },
      },
    ),
    fail: withHelm(
      {},
      {
        charts: {
          'ChangeSet[0].DetailsDocument.DeliveryOptions[0]': {
            chart: {},
            images: ['quay.io/x/y:1'],
            findings: [],
            rulesRun: [],
          },
        },
      },
    ),
  },
  'usage-deploy-monitor': pair({}, { UsageInstructions: 'Read the manual.' }),
  'usage-lifecycle-support': pair(
    {},
    { UsageInstructions: 'helm install app -f values.yaml; kubectl get pods' },
  ),
  'usage-no-set-primary': pair({}, { UsageInstructions: 'helm install app --set image.tag=1.4.0' }),
};
