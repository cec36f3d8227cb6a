import type { Finding, Severity } from '@/lib/policy/types';
import { imagesIn, type ImageRef } from './images';
import { buildChartTree, type ChartNode } from './model';
import type { ParsedTemplate } from './parse/template-ast';
import { parseAllTemplates, renderChart, type RenderedFile } from './render-chart';
import { CHART_RULES } from './rules';
import { linesContaining } from './text';
import { withRegistrySentinel } from './values';
import type { AnalyzeOptions, ChartFiles } from './types';

/** Lazily computed views of the chart that the rules share (parse once, render at most twice). */
export class ChartContext {
  private cache = new Map<string, unknown>();
  constructor(
    readonly files: ChartFiles,
    readonly opts: AnalyzeOptions,
  ) {}

  private memo<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  get tree(): ChartNode {
    return this.memo('tree', () => buildChartTree(this.files));
  }

  get parsed(): Map<string, ParsedTemplate> {
    return this.memo('parsed', () => parseAllTemplates(this.files, this.tree));
  }

  get rendered(): RenderedFile[] {
    return this.memo('rendered', () => renderChart(this.tree, this.parsed));
  }

  get images(): ImageRef[] {
    return this.memo('images', () => this.rendered.flatMap(imagesIn));
  }

  /** Images rendered with every registry value replaced by a sentinel host. */
  get sentinelImages(): ImageRef[] {
    // Only files that rendered an image can render a changed one (the keys pair by rendered file).
    const withImages = new Set(this.images.map((i) => i.key.slice(0, i.key.lastIndexOf('#'))));
    return this.memo('sentinel', () =>
      renderChart(this.tree, this.parsed, withRegistrySentinel, withImages).flatMap(imagesIn),
    );
  }

  /** Kinds of the rendered manifests (`kind:` at the start of a line). */
  get kinds(): ReadonlySet<string> {
    return this.memo(
      'kinds',
      () =>
        new Set(
          this.rendered.flatMap((r) =>
            linesContaining(r.output, 'kind:', false).flatMap(
              (l) => /^kind:\s*["']?(\w+)/.exec(l.text)?.[1] ?? [],
            ),
          ),
        ),
    );
  }

  /** Template files of every chart (parent and subcharts) that Helm would parse. */
  get templateFiles(): ParsedTemplate[] {
    return [...this.parsed.values()];
  }
}

const META = new Map(CHART_RULES.map((r) => [r.id, r]));

/** A finding for a chart rule, filled from the rule table (code, severity, fix, field). */
export function finding(
  ruleId: string,
  message: string,
  location?: { file: string; line?: number },
  severity?: Severity,
): Finding {
  const meta = META.get(ruleId);
  const f: Finding = {
    rule: ruleId,
    severity: severity ?? meta?.severity ?? 'error',
    path: meta?.field ?? 'HelmChartUri',
    message,
    fix: meta?.fix,
  };
  if (meta?.source.code) f.code = meta.source.code;
  if (location)
    f.location =
      location.line === undefined ? { file: location.file } : { file: location.file, line: location.line };
  return f;
}
