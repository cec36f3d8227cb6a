/* Passing and failing contexts for each rule (part B: EKS add-on, update, restrict, visibility, repositories). */
import type { Case } from './rule-cases-a';
import type { PolicyContext } from '../context';
import { add, change, ctx, opt, request, snapshot, update, updOpt } from './builders';

type O = Record<string, unknown>;
const S = snapshot();
const PUBLIC = snapshot({ visibility: 'Public' });
const option = (Id: string, Visibility: string) => ({
  Id,
  Type: 'Helm',
  SourceId: 's1',
  Title: Id,
  Visibility,
});
/** A Public product with one Public and one already Restricted Helm option. */
const WITH_RESTRICTED = snapshot({
  visibility: 'Public',
  options: [option('do-new', 'Public'), option('do-old', 'Restricted')],
});
const withAddon = (d: O, extra: Partial<PolicyContext> = {}, top: O = {}) =>
  ctx(request(add([opt('addon', d, top)])), extra);
const pair = (pass: O, fail: O, extra: Partial<PolicyContext> = {}): Case => ({
  pass: withAddon(pass, extra),
  fail: withAddon(fail, extra),
});
const upd = (opts: O[], product = S, version?: O) => ctx(request(update(opts, version)), { product });
const restrict = (ids: unknown[], product = PUBLIC) =>
  ctx(request(change('RestrictDeliveryOptions', { DeliveryOptionIds: ids })), { product });
const vis = (entries: O[], product = S) =>
  ctx(request(change('UpdateDeliveryOptionsVisibility', { DeliveryOptions: entries })), { product });
const repos = (names: string[], type = 'ECR') =>
  ctx(
    request(
      change('AddRepositories', {
        Repositories: names.map((n) => ({ RepositoryName: n, RepositoryType: type })),
      }),
    ),
    { product: S },
  );
const TWO_VERSIONS = snapshot({
  versions: [
    {
      Id: 'v1',
      VersionTitle: '1.2.0',
      DeliveryOptions: [{ Id: 'a', Type: 'Helm', Title: 'A', Visibility: 'Public' }],
    },
    {
      Id: 'v2',
      VersionTitle: '1.3.0',
      DeliveryOptions: [
        { Id: 'b', Type: 'Helm', Title: 'B', Visibility: 'Public' },
        { Id: 'r', Type: 'Helm', Title: 'R', Visibility: 'Restricted' },
      ],
    },
  ],
});

export const CASES_B: Record<string, Case> = {
  'addon-type-valid': pair({ AddOnType: 'Gitops' }, { AddOnType: 'telemetry-magic' }),
  'addon-k8s-versions-valid': pair({}, { CompatibleKubernetesVersions: ['v1.30'] }),
  'addon-k8s-versions-unique': pair({}, { CompatibleKubernetesVersions: ['1.30', '1.30'] }),
  'addon-architectures-valid': pair({}, { SupportedArchitectures: ['amd64', 'x86'] }),
  'addon-architectures-unique': pair({}, { SupportedArchitectures: ['amd64', 'arm64', 'arm64'] }),
  'addon-both-architectures': pair({}, { SupportedArchitectures: ['amd64'] }),
  'addon-name-pattern': pair({}, { AddOnName: '-app' }),
  'addon-name-format': pair({}, { AddOnName: 'app-' }),
  'addon-version-pattern': pair({}, { AddOnVersion: '1.4' }),
  'addon-namespace-valid': pair({}, { Namespace: 'App' }),
  'addon-env-values': pair({}, { EnvironmentOverrideParameters: [{ Key: 'x', Value: '${FOO}' }] }),
  'addon-env-keys-unique': pair(
    {},
    {
      EnvironmentOverrideParameters: [
        { Key: 'x', Value: '${AWS_REGION}' },
        { Key: 'x', Value: '${AWS_REGION}' },
      ],
    },
  ),
  'addon-visibility-limited': {
    pass: withAddon({}, {}, { Visibility: 'Limited' }),
    fail: withAddon({}, {}, { Visibility: 'Public' }),
  },
  'addon-one-per-version': {
    pass: withAddon({}),
    fail: ctx(request(add([opt('addon'), opt('addon', {}, { DeliveryOptionTitle: 'second' })]))),
  },
  'addon-version-unique': pair({}, { AddOnVersion: '1.3.0' }, { product: S }),
  'addon-name-consistent': pair({}, { AddOnName: 'other' }, { product: S }),
  'addon-type-consistent': pair({}, { AddOnType: 'monitoring' }, { product: S }),
  'addon-namespace-consistent': pair({}, { Namespace: 'other-ns' }, { product: S }),
  'addon-no-byol': {
    pass: withAddon({}, { pricing: { model: 'Usage' } }),
    fail: withAddon({}, { pricing: { model: 'Byol' } }),
  },
  'update-ids-present': { pass: upd([updOpt('do-helm', 'helm', { Description: 'New' })]), fail: upd([]) },
  'update-ids-unique': {
    pass: upd([updOpt('do-helm', 'helm', { Description: 'New' })]),
    fail: upd([
      updOpt('do-helm', 'helm', { Description: 'New' }),
      updOpt('do-helm', 'helm', { Description: 'New' }),
    ]),
  },
  'update-ids-known': {
    pass: upd([updOpt('do-helm', 'helm', { Description: 'New' })]),
    fail: upd([updOpt('do-nope', 'helm', { Description: 'New' })]),
  },
  'update-same-version': {
    pass: upd([updOpt('b', 'helm', { Description: 'x' })], TWO_VERSIONS),
    fail: upd(
      [updOpt('a', 'helm', { Description: 'x' }), updOpt('b', 'helm', { Description: 'x' })],
      TWO_VERSIONS,
    ),
  },
  'update-option-status': {
    pass: upd([updOpt('b', 'helm', { Description: 'x' })], TWO_VERSIONS),
    fail: upd([updOpt('r', 'helm', { Description: 'x' })], TWO_VERSIONS),
  },
  'update-method-matches': {
    pass: upd([updOpt('do-helm', 'helm', { Description: 'New' })]),
    fail: upd([updOpt('do-helm', 'ecr', { Description: 'New' })]),
  },
  'update-has-change': {
    pass: upd([updOpt('do-helm', 'helm', { Description: 'New' })]),
    fail: upd([updOpt('do-helm', 'helm', { Description: 'Chart' })]),
  },
  'update-frozen-fields': {
    pass: upd([updOpt('do-helm', 'helm', { Description: 'New' })], PUBLIC),
    fail: upd([updOpt('do-helm', 'helm', { DeliveryOptionTitle: 'Renamed' })], PUBLIC),
  },
  'restrict-ids-present': { pass: restrict(['do-ecr']), fail: restrict([]) },
  'restrict-ids-unique': { pass: restrict(['do-ecr']), fail: restrict(['do-ecr', 'do-ecr']) },
  'restrict-ids-known': { pass: restrict(['do-ecr']), fail: restrict(['nope']) },
  'restrict-option-public': { pass: restrict(['do-ecr']), fail: restrict(['do-old'], WITH_RESTRICTED) },
  'restrict-keeps-public': { pass: restrict(['do-ecr']), fail: restrict(['do-ecr', 'do-helm']) },
  'restrict-not-eks-addon': { pass: restrict(['do-ecr']), fail: restrict(['do-addon']) },
  'restrict-product-public': { pass: restrict(['do-ecr']), fail: restrict(['do-ecr'], S) },
  'visibility-ids-present': { pass: vis([{ Id: 'do-addon', TargetVisibility: 'Public' }]), fail: vis([]) },
  'visibility-target-public': {
    pass: vis([{ Id: 'do-addon', TargetVisibility: 'Public' }]),
    fail: vis([{ Id: 'do-addon', TargetVisibility: 'Limited' }]),
  },
  'visibility-ids-unique': {
    pass: vis([{ Id: 'do-addon', TargetVisibility: 'Public' }]),
    fail: vis([
      { Id: 'do-addon', TargetVisibility: 'Public' },
      { Id: 'do-addon', TargetVisibility: 'Public' },
    ]),
  },
  'visibility-ids-known': {
    pass: vis([{ Id: 'do-addon', TargetVisibility: 'Public' }]),
    fail: vis([{ Id: 'nope', TargetVisibility: 'Public' }]),
  },
  'visibility-eks-addon-only': {
    pass: vis([{ Id: 'do-addon', TargetVisibility: 'Public' }]),
    fail: vis([{ Id: 'do-helm', TargetVisibility: 'Public' }]),
  },
  'repos-present': { pass: repos(['new-repo']), fail: repos([]) },
  'repo-name-valid': { pass: repos(['new-repo']), fail: repos(['New_Repo!']) },
  'repo-names-unique': { pass: repos(['a-repo', 'b-repo']), fail: repos(['a-repo', 'a-repo']) },
  'repo-name-new': { pass: repos(['new-repo']), fail: repos(['app']) },
  'repo-type-ecr': { pass: repos(['new-repo']), fail: repos(['new-repo'], 'DockerHub') },
  'repos-per-product-limit': {
    pass: repos(['new-repo']),
    fail: repos(Array.from({ length: 49 }, (_, i) => `repo-${i}`)),
  },
};
