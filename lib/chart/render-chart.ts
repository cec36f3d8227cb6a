import { allCharts, type ChartNode } from './model';
import type { Define, ParsedTemplate } from './parse/template-ast';
import { parseTemplate } from './parse/template-parse';
import { API_VERSIONS, renderTemplate, type RenderResult } from './render/render';
import { isMap, mergeValues, type Value } from './render/value';
import type { ChartFiles } from './types';
import { BUILTIN_API_VERSIONS } from './builtin-apis';
import { BudgetExceeded } from './render/budget';

export interface RenderedFile extends RenderResult {
  file: string;
  chart: ChartNode;
}

/** Parses every template of every chart in the tree once. */
export function parseAllTemplates(files: ChartFiles, root: ChartNode): Map<string, ParsedTemplate> {
  const out = new Map<string, ParsedTemplate>();
  for (const chart of allCharts(root))
    for (const file of chart.templates) out.set(file, parseTemplate(file, files.get(file) ?? ''));
  return out;
}

/** Helm keeps one namespace of named templates for the parent and all its subcharts. */
function collectDefines(parsed: Map<string, ParsedTemplate>, rootName: string): Map<string, Define> {
  const defines = new Map<string, Define>();
  for (const p of parsed.values()) {
    // Helm also names every template file "<chart>/<path>" (used with include (print $.Template.BasePath …)).
    defines.set(`${rootName}/${p.file}`, {
      name: `${rootName}/${p.file}`,
      list: p.root,
      file: p.file,
      line: 1,
    });
    for (const d of p.defines) defines.set(d.name, d);
  }
  return defines;
}

function registerPaths(v: Value, path: string, paths: WeakMap<object, string>) {
  if (typeof v !== 'object' || v === null) return;
  paths.set(v, path);
  for (const [k, x] of Object.entries(v)) registerPaths(x, path ? `${path}.${k}` : k, paths);
}

function capitalized(meta: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(meta).map(([k, v]) => [k.charAt(0).toUpperCase() + k.slice(1), v]),
  );
}

function isRenderable(file: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return !base.startsWith('_') && /\.(ya?ml|json|tpl)$/i.test(base);
}

function conditionHolds(parentValues: Value, condition: unknown): boolean {
  if (typeof condition !== 'string' || !condition) return true;
  for (const path of condition.split(',')) {
    let cur: Value = parentValues;
    for (const key of path.trim().split('.')) cur = isMap(cur) ? cur[key] : undefined;
    if (typeof cur === 'boolean') return cur;
  }
  return true;
}

/**
 * Renders every manifest template of the chart and its enabled subcharts with the default values,
 * optionally transformed (the regionalization check swaps in a sentinel registry) and limited to
 * `only` the given template files.
 */
export function renderChart(
  root: ChartNode,
  parsed: Map<string, ParsedTemplate>,
  transform: (values: Value) => Value = (v) => v,
  only?: ReadonlySet<string>,
): RenderedFile[] {
  const rootName = typeof root.meta.name === 'string' ? root.meta.name : 'chart';
  const defines = collectDefines(parsed, rootName);
  const results: RenderedFile[] = [];
  const walk = (chart: ChartNode, values: Value) => {
    const paths = new WeakMap<object, string>();
    registerPaths(values, '', paths);
    const chartObj = capitalized(chart.meta);
    paths.set(chartObj, 'Chart');
    for (const file of chart.templates) {
      const p = parsed.get(file);
      if (!p || !isRenderable(file) || p.errors.length || (only && !only.has(file))) continue;
      const top = {
        Values: values,
        Chart: chartObj,
        Release: {
          Name: 'release-name',
          Namespace: 'default',
          Service: 'Helm',
          IsInstall: true,
          IsUpgrade: false,
          Revision: 1,
        },
        Capabilities: {
          APIVersions: API_VERSIONS,
          KubeVersion: { Version: 'v1.29.0', GitVersion: 'v1.29.0', Major: '1', Minor: '29' },
        },
        Template: {
          Name: `${rootName}/${file}`,
          BasePath: `${rootName}/${chart.dir ? `${chart.dir}/` : ''}templates`,
        },
      };
      try {
        results.push({
          file,
          chart,
          ...renderTemplate(p, top, { defines, paths, apiVersions: BUILTIN_API_VERSIONS }),
        });
      } catch (err) {
        if (err instanceof BudgetExceeded) err.file ??= file;
        throw err;
      }
    }
    const deps = Array.isArray(chart.meta.dependencies) ? chart.meta.dependencies : [];
    for (const sub of chart.subcharts) {
      const dep = deps.find((d) => isMap(d) && (d.alias === sub.key || d.name === sub.key));
      if (isMap(dep) && !conditionHolds(values, dep.condition)) continue;
      const parentPart = isMap(values) ? values[sub.key] : undefined;
      let subValues = mergeValues(transform(sub.values?.value ?? {}), parentPart ?? {});
      const global = isMap(values) ? values.global : undefined;
      if (global !== undefined && isMap(subValues))
        subValues = { ...subValues, global: mergeValues(subValues.global ?? {}, global) };
      walk(sub, subValues);
    }
  };
  walk(root, transform(root.values?.value ?? {}));
  return results;
}
