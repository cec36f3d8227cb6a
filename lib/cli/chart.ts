import { readFile, stat } from 'node:fs/promises';
import { CHART_RULES } from '@/lib/chart';
import { analyzeChartInWorker } from '@/lib/chart/worker/analyze-in-worker';
import {
  ChartInputError,
  DEFAULT_CHART_LIMITS,
  readChartArchive,
  readChartDirectory,
  type SkippedEntry,
} from '@/lib/chart/io';
import type { AnalyzeOptions } from '@/lib/chart';
import type { ChartAnalysis, Finding } from '@/lib/policy/types';

/** Output streams, injectable for tests. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
}
const STD: Io = { out: (s) => void process.stdout.write(s), err: (s) => void process.stderr.write(s) };

const USAGE = `Usage: wharf chart <chart-dir | chart.tgz> [--addon] [--images <image,image,…>] [--helm-chart-uri <uri>] [--format text|json]

Checks a Helm chart against the AWS Marketplace Helm and EKS add-on rules, offline.
  --addon            the chart is delivered as an Amazon EKS add-on
  --images           the delivery option's ContainerImages, comma-separated
  --helm-chart-uri   the delivery option's HelmChartUri (its tag must equal the chart version)
  --format           text (default) or json
Exit status: 0 no errors, 1 error findings, 2 unreadable or malformed input.
`;

interface Args {
  path?: string;
  opts: AnalyzeOptions;
  format: 'text' | 'json';
  help?: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const a: Args = { opts: {}, format: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const value = (): string | undefined => (eq === -1 ? argv[++i] : arg.slice(eq + 1));
    if (flag === '--help' || flag === '-h') a.help = true;
    else if (flag === '--addon') a.opts.addon = true;
    else if (flag === '--images') {
      const v = value();
      if (v === undefined) return '--images needs a comma-separated list';
      a.opts.declaredImages = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    } else if (flag === '--helm-chart-uri') {
      const v = value();
      if (!v) return '--helm-chart-uri needs a URI';
      a.opts.helmChartUri = v;
    } else if (flag === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json') return `--format must be text or json, not "${f ?? ''}"`;
      a.format = f;
    } else if (flag.startsWith('-')) return `unknown option ${flag}`;
    else if (a.path === undefined) a.path = arg;
    else return `unexpected argument ${arg}`;
  }
  if (!a.help && !a.path) return 'missing <chart-dir | chart.tgz>';
  return a;
}

async function readChart(path: string, onSkipped: (e: SkippedEntry) => void): Promise<Map<string, string>> {
  const st = await stat(path).catch(() => undefined);
  if (!st) throw new ChartInputError('UNREADABLE', 'not found');
  if (st.isDirectory()) return readChartDirectory(path, { onSkipped });
  if (st.size > DEFAULT_CHART_LIMITS.maxCompressedBytes)
    throw new ChartInputError(
      'TOO_LARGE',
      `The archive is larger than ${DEFAULT_CHART_LIMITS.maxCompressedBytes} bytes.`,
    );
  const bytes = await readFile(path).catch(() => {
    throw new ChartInputError('UNREADABLE', 'cannot be read');
  });
  return readChartArchive(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** The JSON output shape: exactly these seven keys per finding (null when a value is absent). */
function toJson(findings: Finding[]): string {
  return JSON.stringify({
    findings: findings.map((f) => ({
      rule: f.rule,
      code: f.code ?? null,
      severity: f.severity,
      path: f.path,
      message: f.message,
      file: f.location?.file ?? null,
      line: f.location?.line ?? null,
    })),
  });
}

const MARK = { error: '✗ error', warning: '! warning', manual: '? manual' } as const;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Human-readable report: a summary, the images found, then findings grouped by file. */
function formatText(path: string, a: ChartAnalysis): string {
  const errors = a.findings.filter((f) => f.severity === 'error').length;
  const failed = new Set(a.findings.map((f) => f.rule));
  const passed = a.rulesRun.filter((r) => !failed.has(r)).length;
  const name = a.chart.name ? `${a.chart.name} ${a.chart.version ?? ''}`.trim() : path;
  const lines = [
    `wharf chart ${name}`,
    `${errors ? '✗' : '✓'} ${plural(errors, 'error')}, ${plural(a.findings.length - errors, 'warning')} (${passed} of ${a.rulesRun.length} checks passed)`,
  ];
  if (a.images.length) lines.push('', 'Images', ...a.images.map((i) => `  ${i}`));
  const byFile = new Map<string, Finding[]>();
  for (const f of a.findings)
    byFile.set(f.location?.file ?? '(chart)', [...(byFile.get(f.location?.file ?? '(chart)') ?? []), f]);
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const f of list) {
      const title = CHART_RULES.find((r) => r.id === f.rule)?.title;
      lines.push(
        `  ${MARK[f.severity]}  ${f.rule}${f.code ? ` (${f.code})` : ''}${f.location?.line ? `  line ${f.location.line}` : ''}`,
      );
      if (title) lines.push(`     ${title}`);
      lines.push(`     ${f.message}`);
      if (f.fix) lines.push(`     fix: ${f.fix}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `wharf chart`: exit 0 without error findings, 1 with, 2 when the chart cannot be read. */
export async function runChart(argv: string[], io: Io = STD): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`wharf chart: ${args}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const path = args.path as string;
  let files: Map<string, string>;
  try {
    files = await readChart(path, (e) =>
      io.err(`wharf chart: skipped ${e.path} (${e.reason}; links are never followed)\n`),
    );
  } catch (err) {
    const message = err instanceof ChartInputError ? err.message : 'cannot be read';
    io.err(`wharf chart: ${path}: ${message}\n`);
    return 2;
  }
  let analysis: ChartAnalysis;
  try {
    analysis = await analyzeChartInWorker(files, args.opts);
  } catch {
    io.err(`wharf chart: ${path}: the analysis could not run (is the install complete?)\n`);
    return 2;
  }
  io.out(args.format === 'json' ? `${toJson(analysis.findings)}\n` : formatText(path, analysis));
  return analysis.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
