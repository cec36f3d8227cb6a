import type { Finding } from '@/lib/policy/types';
import { finding, type ChartContext } from '../context';
import { allCharts, join, valuesPath } from '../model';

const SEMVER2 =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Chart.yaml of the parent and every vendored subchart: present, parses, apiVersion, name, SemVer 2 version. */
export function checkChartYaml(ctx: ChartContext): Finding[] {
  const out: Finding[] = [];
  for (const chart of allCharts(ctx.tree)) {
    const file = join(chart.dir, 'Chart.yaml');
    const y = chart.chartYaml;
    if (!y) {
      out.push(
        finding(
          'chart-yaml-valid',
          chart.dir ? `Subchart ${chart.dir} has no Chart.yaml.` : 'The chart has no Chart.yaml at its root.',
          { file },
        ),
      );
      continue;
    }
    if (y.error) {
      out.push(
        finding('chart-yaml-valid', `Chart.yaml does not parse: ${y.error.message}`, {
          file,
          line: y.error.line,
        }),
      );
      continue;
    }
    const { apiVersion, name, version } = chart.meta;
    if (apiVersion !== 'v1' && apiVersion !== 'v2') {
      out.push(
        finding(
          'chart-yaml-valid',
          `apiVersion must be v2 (or v1), found ${JSON.stringify(apiVersion ?? null)}.`,
          { file, line: y.lineOf(['apiVersion']) ?? 1 },
        ),
      );
    }
    if (typeof name !== 'string' || !name.trim())
      out.push(
        finding('chart-yaml-valid', 'Chart.yaml has no name.', { file, line: y.lineOf(['name']) ?? 1 }),
      );
    const v = typeof version === 'number' ? String(version) : version;
    if (typeof v !== 'string' || !SEMVER2.test(v)) {
      out.push(
        finding(
          'chart-yaml-valid',
          `version ${JSON.stringify(v ?? null)} is not a SemVer 2 version such as 0.1.0.`,
          { file, line: y.lineOf(['version']) ?? 1 },
        ),
      );
    }
  }
  return out;
}

export function checkValuesYaml(ctx: ChartContext): Finding[] {
  return allCharts(ctx.tree).flatMap((chart) =>
    chart.values?.error
      ? [
          finding('chart-values-yaml-valid', `values.yaml does not parse: ${chart.values.error.message}`, {
            file: valuesPath(ctx.files, chart),
            line: chart.values.error.line,
          }),
        ]
      : [],
  );
}

/** The tag of an OCI reference (after the last "/"), or undefined for digests and untagged URIs. */
function uriTag(uri: string): string | undefined {
  const last = uri.trim().slice(uri.trim().lastIndexOf('/') + 1);
  if (last.includes('@')) return undefined;
  const colon = last.lastIndexOf(':');
  return colon === -1 ? undefined : last.slice(colon + 1);
}

export function checkVersionMatchesUri(ctx: ChartContext): Finding[] {
  const uri = ctx.opts.helmChartUri;
  if (!uri) return [];
  const file = 'Chart.yaml';
  const line = ctx.tree.chartYaml?.lineOf(['version']);
  const version = ctx.tree.meta.version === undefined ? undefined : String(ctx.tree.meta.version);
  const tag = uriTag(uri);
  if (tag === undefined) {
    if (uri.includes('@')) return [];
    return [
      finding(
        'chart-version-matches-uri',
        `The Helm chart URI ${uri} has no tag; it must end with :<chart version>.`,
        { file, line },
      ),
    ];
  }
  // OCI tags cannot contain "+", so helm push writes SemVer build metadata with "_".
  const semverTag = tag.replace(/_/g, '+');
  if (!SEMVER2.test(semverTag))
    return [
      finding('chart-version-matches-uri', `The Helm chart URI tag "${tag}" is not a SemVer 2 version.`, {
        file,
        line,
      }),
    ];
  if (version !== semverTag) {
    return [
      finding(
        'chart-version-matches-uri',
        `Chart.yaml version ${version ?? '(none)'} does not match the Helm chart URI tag "${tag}".`,
        { file, line },
      ),
    ];
  }
  return [];
}
