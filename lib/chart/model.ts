import { parseYamlFile, type YamlFile } from './parse/yaml-file';
import { isMap } from './render/value';
import type { ChartFiles } from './types';

/** One chart (the parent or a vendored subchart) inside the file map. */
export interface ChartNode {
  /** '' for the parent, 'charts/<sub>' (nested: 'charts/a/charts/b') for subcharts. */
  dir: string;
  /** Key under which the parent passes values to this chart (dependency alias or name). */
  key: string;
  chartYaml?: YamlFile;
  meta: Record<string, unknown>;
  values: YamlFile | undefined;
  templates: string[];
  subcharts: ChartNode[];
}

const MAX_CHART_DEPTH = 5;

export function join(dir: string, file: string): string {
  return dir ? `${dir}/${file}` : file;
}

/** Subchart directories directly under `<dir>/charts/`, recognised by their Chart.yaml. */
function subchartDirs(files: ChartFiles, dir: string): string[] {
  const prefix = join(dir, 'charts/');
  const dirs = new Set<string>();
  for (const path of files.keys()) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length).split('/');
    if (rest.length === 2 && rest[1] === 'Chart.yaml') dirs.add(`${prefix}${rest[0]}`);
  }
  return [...dirs].sort();
}

function aliasFor(parentMeta: Record<string, unknown>, name: string): string {
  const deps = Array.isArray(parentMeta.dependencies) ? parentMeta.dependencies : [];
  const dep = deps.find((d) => isMap(d) && d.name === name);
  return isMap(dep) && typeof dep.alias === 'string' && dep.alias ? dep.alias : name;
}

/** Builds the chart tree: parent, then vendored subcharts (recursively, bounded). */
export function buildChartTree(files: ChartFiles, dir = '', key = '', depth = 0): ChartNode {
  const chartText = files.get(join(dir, 'Chart.yaml'));
  const chartYaml = chartText === undefined ? undefined : parseYamlFile(chartText);
  const meta = isMap(chartYaml?.value) ? chartYaml.value : {};
  const valuesText = files.get(join(dir, 'values.yaml')) ?? files.get(join(dir, 'values.yml'));
  const prefix = join(dir, 'templates/');
  const templates = [...files.keys()].filter((p) => p.startsWith(prefix)).sort();
  const node: ChartNode = {
    dir,
    key,
    chartYaml,
    meta,
    values: valuesText === undefined ? undefined : parseYamlFile(valuesText),
    templates,
    subcharts: [],
  };
  if (depth < MAX_CHART_DEPTH) {
    for (const sub of subchartDirs(files, dir)) {
      const name = sub.slice(sub.lastIndexOf('/') + 1);
      const child = buildChartTree(files, sub, '', depth + 1);
      child.key = aliasFor(meta, typeof child.meta.name === 'string' ? child.meta.name : name);
      node.subcharts.push(child);
    }
  }
  return node;
}

/** Every chart in the tree, parent first. */
export function allCharts(root: ChartNode): ChartNode[] {
  return [root, ...root.subcharts.flatMap(allCharts)];
}

/** The values.yaml file (path) of a chart node. */
export function valuesPath(files: ChartFiles, node: ChartNode): string {
  const yml = join(node.dir, 'values.yml');
  return files.has(yml) && !files.has(join(node.dir, 'values.yaml')) ? yml : join(node.dir, 'values.yaml');
}
