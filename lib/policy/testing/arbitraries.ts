/* fast-check arbitraries that reach deep into the rules: valid-looking shapes with junk mixed in. */
import fc from 'fast-check';
import { REG, img, snapshot } from './builders';

const junk = fc.jsonValue({ maxDepth: 2 });
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: junk });
const words = fc.constantFrom(
  '',
  ' ',
  'latest',
  'EKS',
  'EKS-Anywhere',
  'ECS',
  '${AWS_REGION}',
  '${AWSMP_LICENSE_SECRET}',
  'amd64',
  'arm64',
  '1.30',
  'networking',
  'app',
  'db.password',
  'Public',
  'Limited',
  'do-ecr',
  'do-helm',
  'do-addon',
  'x™ ™',
  '--set a=b',
);
const text = fc.oneof(words, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
const image = fc.oneof(
  fc.constantFrom(
    img(),
    img('chart'),
    img('app', 'latest'),
    'nginx',
    'quay.io/a/b:1',
    `${REG}/seller/x`,
    `${REG}/seller/app@sha256:${'a'.repeat(64)}`,
    'a:b:c@',
  ),
  text,
);
const list = <T>(a: fc.Arbitrary<T>) => maybe(fc.array(maybe(a), { maxLength: 4 }));

const methodDetails = fc.record(
  {
    Description: maybe(text),
    UsageInstructions: maybe(text),
    ContainerImages: list(image),
    CompatibleServices: list(text),
    HelmChartUri: maybe(image),
    ReleaseName: maybe(text),
    Namespace: maybe(text),
    QuickLaunchEnabled: maybe(fc.boolean()),
    DeliveryOptionTitle: maybe(text),
    DeploymentResources: list(fc.record({ Name: maybe(text), Url: maybe(text) }, { requiredKeys: [] })),
    OverrideParameters: list(
      fc.record(
        {
          Key: maybe(text),
          DefaultValue: maybe(text),
          Metadata: maybe(
            fc.record(
              { Label: maybe(text), Description: maybe(text), Obfuscate: maybe(fc.boolean()) },
              { requiredKeys: [] },
            ),
          ),
        },
        { requiredKeys: [] },
      ),
    ),
    AddOnName: maybe(text),
    AddOnVersion: maybe(text),
    AddOnType: maybe(text),
    CompatibleKubernetesVersions: list(text),
    SupportedArchitectures: list(text),
    EnvironmentOverrideParameters: list(
      fc.record({ Key: maybe(text), Value: maybe(text) }, { requiredKeys: [] }),
    ),
  },
  { requiredKeys: [] },
);

const details = fc.record(
  {
    EcrDeliveryOptionDetails: maybe(methodDetails),
    HelmDeliveryOptionDetails: maybe(methodDetails),
    EksAddOnDeliveryOptionDetails: maybe(methodDetails),
  },
  { requiredKeys: [] },
);
const option = fc.record(
  { Id: maybe(text), DeliveryOptionTitle: maybe(text), Visibility: maybe(text), Details: maybe(details) },
  { requiredKeys: [] },
);

const detailsDocument = fc.record(
  {
    Version: maybe(fc.record({ VersionTitle: maybe(text), ReleaseNotes: maybe(text) }, { requiredKeys: [] })),
    DeliveryOptions: maybe(
      fc.array(
        fc.oneof(option, fc.record({ Id: maybe(text), TargetVisibility: maybe(text) }, { requiredKeys: [] })),
        { maxLength: 3 },
      ),
    ),
    DeliveryOptionIds: list(text),
    Repositories: list(
      fc.record(
        { RepositoryName: maybe(text), RepositoryType: maybe(fc.constantFrom('ECR', 'x')) },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);

const changeType = fc.constantFrom(
  'AddRepositories',
  'AddDeliveryOptions',
  'UpdateDeliveryOptions',
  'RestrictDeliveryOptions',
  'UpdateDeliveryOptionsVisibility',
  'UpdateInformation',
  'Other',
);
const change = fc.record(
  {
    ChangeType: maybe(changeType),
    Entity: maybe(
      fc.record(
        { Type: maybe(fc.constantFrom('ContainerProduct@1.0', 'x')), Identifier: maybe(text) },
        { requiredKeys: [] },
      ),
    ),
    DetailsDocument: maybe(detailsDocument),
    Details: maybe(
      fc.oneof(
        detailsDocument.map((d) => JSON.stringify(d)),
        fc.string(),
      ),
    ),
  },
  { requiredKeys: [] },
);

/** A StartChangeSet-like request, mostly well formed. */
export const requestArb = fc.record(
  { Catalog: maybe(fc.constant('AWSMarketplace')), ChangeSet: maybe(fc.array(change, { maxLength: 4 })) },
  { requiredKeys: ['ChangeSet'] },
);

/** A product snapshot: the valid one, a mangled one, or junk. */
export const productArb = fc.oneof(
  fc.constant(snapshot()),
  fc.constant(snapshot({ visibility: 'Public' })),
  fc.constant(undefined),
  junk,
);

/** Chart analyses keyed by option path, sometimes malformed. */
export const chartsArb = maybe(
  fc.dictionary(
    fc.constantFrom('ChangeSet[0].DetailsDocument.DeliveryOptions[0]', 'x'),
    maybe(
      fc.record(
        {
          chart: maybe(fc.record({})),
          images: list(image),
          findings: list(
            fc.record(
              { rule: maybe(text), severity: maybe(text), path: maybe(text), message: maybe(text) },
              { requiredKeys: [] },
            ),
          ),
          rulesRun: list(text),
        },
        { requiredKeys: [] },
      ),
    ),
  ),
);

export { junk };
