import type { Finding } from '@/lib/policy/types';
import { finding, type ChartContext } from '../context';
import { allCharts, join, type ChartNode } from '../model';
import { parseYamlFile } from '../parse/yaml-file';
import { isMap } from '../render/value';

interface Dependency {
  name: string;
  repository: string;
  file: string;
  line?: number;
}

function declared(ctx: ChartContext, chart: ChartNode): Dependency[] {
  const chartFile = join(chart.dir, 'Chart.yaml');
  const reqFile = join(chart.dir, 'requirements.yaml');
  const sources: [string, unknown, (i: number) => number | undefined][] = [
    [chartFile, chart.meta.dependencies, (i) => chart.chartYaml?.lineOf(['dependencies', i])],
  ];
  const req = ctx.files.get(reqFile);
  if (req !== undefined) {
    const y = parseYamlFile(req);
    if (isMap(y.value)) sources.push([reqFile, y.value.dependencies, (i) => y.lineOf(['dependencies', i])]);
  }
  return sources.flatMap(([file, list, lineOf]) =>
    (Array.isArray(list) ? list : []).flatMap((d, i) =>
      isMap(d) && typeof d.name === 'string'
        ? [
            {
              name: d.name,
              repository: typeof d.repository === 'string' ? d.repository : '',
              file,
              line: lineOf(i),
            },
          ]
        : [],
    ),
  );
}

/** A file:// path that stays inside the chart, as a chart-relative directory. */
function insidePath(chartDir: string, repository: string): string | undefined {
  const parts = [...(chartDir ? chartDir.split('/') : [])];
  for (const seg of repository.slice('file://'.length).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

/** INVALID_DEPENDENT_HELM_CHARTS: every dependency is packaged inside the chart, none fetched at install. */
export function checkDependenciesVendored(ctx: ChartContext): Finding[] {
  const out: Finding[] = [];
  for (const chart of allCharts(ctx.tree)) {
    const vendored = new Set(
      chart.subcharts.map((s) =>
        typeof s.meta.name === 'string' ? s.meta.name : s.dir.slice(s.dir.lastIndexOf('/') + 1),
      ),
    );
    for (const dep of declared(ctx, chart)) {
      if (vendored.has(dep.name)) continue;
      if (dep.repository.startsWith('file://')) {
        const dir = insidePath(chart.dir, dep.repository);
        if (dir !== undefined && ctx.files.has(join(dir, 'Chart.yaml'))) continue;
        out.push(
          finding(
            'chart-dependencies-vendored',
            `Dependency ${dep.name} points at ${dep.repository}, which is not inside the packaged chart.`,
            { file: dep.file, line: dep.line },
          ),
        );
        continue;
      }
      const from = dep.repository ? ` from ${dep.repository}` : '';
      out.push(
        finding(
          'chart-dependencies-vendored',
          `Dependency ${dep.name} is not packaged under ${join(chart.dir, 'charts/')}; it would be fetched${from} at install time.`,
          { file: dep.file, line: dep.line },
        ),
      );
    }
  }
  return out;
}
