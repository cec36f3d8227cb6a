import { readFile } from 'node:fs/promises';
import { checkRequest, type Evaluation, type Finding } from '@/lib/policy';
import { plural } from '@/lib/plural';

/** Output streams, injectable for tests. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
}
const STD: Io = { out: (s) => void process.stdout.write(s), err: (s) => void process.stderr.write(s) };

interface Args {
  file?: string;
  entity?: string;
  charts?: string;
  format: 'text' | 'json';
}

function parseArgs(argv: string[]): Args | string {
  const a: Args = { format: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--entity') a.entity = value();
    else if (flag === '--charts') a.charts = value();
    else if (flag === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json') return `--format must be text or json, not "${f ?? ''}"`;
      a.format = f;
    } else if (flag.startsWith('-')) return `unknown option ${flag}`;
    else if (a.file === undefined) a.file = arg;
    else return `unexpected argument ${arg}`;
  }
  if (!a.file) return 'missing <change-set.json>';
  if (a.entity === undefined && argv.includes('--entity')) return '--entity needs a file';
  if (a.charts === undefined && argv.includes('--charts')) return '--charts needs a file';
  return a;
}

async function readJson(
  path: string,
  what: string,
): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error:
        code === 'ENOENT' ? `${what} not found: ${path}` : `cannot read ${what} ${path} (${code ?? 'error'})`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: `${what} is not valid JSON: ${path}` };
  }
}

/** The JSON output shape: exactly these five keys per finding (code is null when there is none). */
function toJson(findings: Finding[]): string {
  return JSON.stringify({
    findings: findings.map((f) => ({
      rule: f.rule,
      code: f.code ?? null,
      severity: f.severity,
      path: f.path,
      message: f.message,
    })),
  });
}

/** `wharf check`: exit 0 without error findings, 1 with, 2 when the input cannot be checked. */
export async function runCheck(argv: string[], io: Io = STD): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(
      `wharf check: ${args}\nUsage: wharf check <change-set.json> [--entity <describe-entity.json>] [--charts <chart-analyses.json>] [--format text|json]\n`,
    );
    return 2;
  }
  const req = await readJson(args.file as string, 'change set');
  if (!req.ok) return fail(io, req.error);
  let entity: unknown;
  if (args.entity !== undefined) {
    const e = await readJson(args.entity, 'entity');
    if (!e.ok) return fail(io, e.error);
    entity = e.value;
  }
  let charts: unknown;
  if (args.charts !== undefined) {
    const c = await readJson(args.charts, 'chart analyses');
    if (!c.ok) return fail(io, c.error);
    charts = c.value;
  }
  const result = checkRequest(req.value, { entity, charts });
  if (!result.ok) return fail(io, `${args.file}: ${result.error}`);
  io.out(
    args.format === 'json'
      ? `${toJson(result.findings)}\n`
      : formatText(args.file as string, result.evaluation),
  );
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

function fail(io: Io, message: string): number {
  io.err(`wharf check: ${message}\n`);
  return 2;
}

const MARK = { error: '✗ error', warning: '! warning', manual: '? manual' } as const;

/** Human-readable report: a summary line, then findings grouped by change, then open manual checks. */
function formatText(file: string, ev: Evaluation): string {
  const errors = ev.findings.filter((f) => f.severity === 'error').length;
  const warnings = ev.findings.length - errors;
  const lines = [
    `wharf check ${file}`,
    `${errors ? '✗' : '✓'} ${plural(errors, 'error')}, ${plural(warnings, 'warning')} (${ev.counts.passed} checks passed)`,
  ];
  const groups = new Map<string, Finding[]>();
  for (const f of ev.findings) {
    const key = /^ChangeSet\[\d+\]/.exec(f.path)?.[0] ?? 'Request';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [change, list] of groups) {
    lines.push('', change);
    for (const f of list.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))) {
      lines.push(
        `  ${MARK[f.severity]}  ${f.rule}${f.code ? ` (${f.code})` : ''}`,
        `     at ${f.path.slice(change.length).replace(/^\./, '') || change}`,
        `     ${f.message}`,
      );
      if (f.fix) lines.push(`     fix: ${f.fix}`);
    }
  }
  const manual = ev.results.filter((r) => r.status === 'manual');
  if (manual.length) {
    lines.push('', `To confirm by hand before submitting (${manual.length}):`);
    for (const r of manual) lines.push(`  ? ${r.rule.title} [${r.rule.source.document}]`);
  }
  return `${lines.join('\n')}\n`;
}
