import { describe, expect, it } from 'vitest';
import { evaluate } from './index';
import { addon, change, ctx, helm, opt, request, snapshot, add } from './testing/builders';

const messages = (req: unknown) =>
  evaluate(ctx(req, { product: snapshot() })).findings.map((f) => `${f.rule}: ${f.message}`);

describe('finding messages are whole sentences', () => {
  it('names an empty value instead of starting with nothing', () => {
    const out = messages(
      request(change('AddRepositories', { Repositories: [{ RepositoryName: '', RepositoryType: 'ECR' }] })),
    );
    expect(out).toContain('repo-name-valid: An empty value is not a valid repository name.');
  });

  it('names a value of only spaces', () => {
    const out = messages(request(add([opt('helm', helm({ Namespace: '   ' }))])));
    expect(out).toContain('helm-namespace: A value of only spaces is not a valid Helm namespace.');
  });

  it('never starts a message with a blank or a lowercase word, whatever field is empty', () => {
    const empties = [
      request(
        add([opt('helm', helm({ Namespace: '', ReleaseName: '', MarketplaceServiceAccountName: '' }))]),
      ),
      request(add([opt('addon', addon({ AddOnName: '', AddOnVersion: '', AddOnType: '', Namespace: '' }))])),
      request(
        add([opt('helm', helm({ HelmChartUri: '', ContainerImages: [''], CompatibleServices: [''] }))]),
      ),
    ];
    const bad = empties.flatMap(messages).filter((m) => /^[\w-]+: (?:\s|[a-z])/.test(m));
    expect(bad).toEqual([]);
  });

  it('names required and empty add-on fields by their labels, not their wire names', () => {
    const out = messages(
      request(add([opt('addon', addon({ AddOnName: undefined, CompatibleKubernetesVersions: [] }))])),
    );
    expect(out).toContain('addon-name-pattern: Add-on name is required.');
    expect(out).toContain(
      'addon-k8s-versions-valid: Compatible Kubernetes versions must list at least one value.',
    );
    expect(out.filter((m) => /: [A-Z][a-z]+[A-Z]\w+ /.test(m))).toEqual([]);
  });
});
