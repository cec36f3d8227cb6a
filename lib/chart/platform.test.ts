import { describe, expect, it } from 'vitest';
import { analyzeChart } from './analyze';
import { readChartArchive } from './io';
import { loadFixture, makeTgz } from './io/testing';

const REG = '709825985650.dkr.ecr.us-east-1.amazonaws.com';
const IMAGES = [
  `${REG}/acme/platform-api:2.4.1-api`,
  `${REG}/acme/platform-gateway:2.4.1-gateway`,
  `${REG}/acme/platform-migrate:2.4.1-migrate`,
  `${REG}/acme/platform-redis:7.2.3`,
  `${REG}/acme/platform-scheduler:2.4.1-scheduler`,
  `${REG}/acme/platform-ui:2.4.1`,
  `${REG}/acme/platform-worker:2.4.1`,
];
const OPTS = { addon: true, declaredImages: IMAGES, helmChartUri: `${REG}/acme/platform-chart:2.4.1` };

function withValues(files: Map<string, string>, edit: (text: string) => string): Map<string, string> {
  const copy = new Map(files);
  copy.set('values.yaml', edit(copy.get('values.yaml') ?? ''));
  return copy;
}

describe('the real-world-shaped platform chart (41 files, vendored redis subchart, image helpers)', () => {
  const files = loadFixture('platform');

  it('passes every rule and resolves every image, including the subchart and appVersion-tagged ones', () => {
    const result = analyzeChart(files, OPTS);
    expect(result.findings).toEqual([]);
    expect(result.images).toEqual(IMAGES);
  });

  it("uses the subchart's own image when the parent does not override it", () => {
    const result = analyzeChart(
      withValues(files, (t) =>
        t.replace(
          /\nredis:\n {2}enabled: true\n {2}architecture: standalone\n {2}image:\n(?: {4}.*\n){3}/,
          '\nredis:\n  enabled: true\n',
        ),
      ),
      OPTS,
    );
    const external = result.findings.filter((f) => f.rule === 'chart-images-marketplace-ecr');
    expect(external.map((f) => f.message)).toEqual([
      expect.stringContaining('docker.io/bitnami/redis:7.2.3-debian-11-r0'),
    ]);
    expect(external[0]?.location).toEqual({
      file: 'charts/redis/templates/master/statefulset.yaml',
      line: 14,
    });
  });

  it('passes global.imageRegistry down to the subchart helper', () => {
    const result = analyzeChart(
      withValues(files, (t) =>
        t.replace('imageRegistry: ""', 'imageRegistry: "709825985650.dkr.ecr.eu-west-1.amazonaws.com"'),
      ),
      OPTS,
    );
    expect(result.images).toContain('709825985650.dkr.ecr.eu-west-1.amazonaws.com/acme/platform-redis:7.2.3');
  });

  it('skips a subchart whose dependency condition is false', () => {
    const result = analyzeChart(
      withValues(files, (t) => t.replace('redis:\n  enabled: true', 'redis:\n  enabled: false')),
      OPTS,
    );
    expect(result.images).not.toContain(`${REG}/acme/platform-redis:7.2.3`);
    expect(result.findings.map((f) => f.rule)).toEqual(['chart-declared-images-used']);
  });

  it('analyses the same from a .tgz, with the subchart vendored as a nested .tgz', () => {
    const sub = new Map(
      [...files]
        .filter(([p]) => p.startsWith('charts/redis/'))
        .map(([p, t]) => [p.slice('charts/redis/'.length), t]),
    );
    const parent = new Map<string, string | Uint8Array>(
      [...files].filter(([p]) => !p.startsWith('charts/redis/')),
    );
    parent.set('charts/redis-18.1.0.tgz', makeTgz(sub, 'redis'));
    const fromArchive = readChartArchive(makeTgz(parent, 'platform'));
    expect(new Map([...fromArchive].sort())).toEqual(new Map([...files].sort()));
    expect(analyzeChart(fromArchive, OPTS)).toEqual(analyzeChart(files, OPTS));
  });
});
