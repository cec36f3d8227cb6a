import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_LIMITS, packageRule, preflightPackageGroup } from '@/lib/packages';
import type { PackageFile, PackageFinding, PackageRuleId } from '@/lib/packages';

/** Output streams, injectable for tests. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
}
const STD: Io = { out: (s) => void process.stdout.write(s), err: (s) => void process.stderr.write(s) };

const USAGE = `Usage: wharf packages <file | dir>… --platform linux|windows --installer <name> [--format text|json]

Preflight of a Private Image Build package group (seed 002), offline. AWS retired Private Image Build in
April 2024: nothing is sent to AWS. See docs/packages.md.
Exit status: 0 no errors, 1 error findings, 2 unreadable input or bad usage.
`;

interface Args {
  paths: string[];
  platform?: 'linux' | 'windows';
  installer?: string;
  format: 'text' | 'json';
}

function parseArgs(argv: string[]): Args | string {
  const a: Args = { paths: [], format: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const value = (): string | undefined => (eq === -1 ? argv[++i] : arg.slice(eq + 1));
    if (flag === '--platform') {
      const v = value();
      if (v !== 'linux' && v !== 'windows') return `--platform must be linux or windows, not "${v ?? ''}"`;
      a.platform = v;
    } else if (flag === '--installer') {
      const v = value();
      if (!v) return '--installer needs a file name';
      a.installer = v;
    } else if (flag === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json') return `--format must be text or json, not "${f ?? ''}"`;
      a.format = f;
    } else if (flag.startsWith('-')) return `unknown option ${flag}`;
    else a.paths.push(arg);
  }
  if (!a.paths.length) return 'missing <file | dir>';
  if (!a.platform) return 'missing --platform linux|windows';
  if (!a.installer) return 'missing --installer <name>';
  return a;
}

/** Reads a file, or only its first bytes when it is over the read limit (the preflight then refuses it). */
async function readPackage(file: string, name: string): Promise<PackageFile> {
  const { size } = await stat(file);
  const length = size > PACKAGE_LIMITS.maxReadBytes ? PACKAGE_LIMITS.headerBytes : size;
  const handle = await open(file, 'r');
  try {
    const bytes = new Uint8Array(length);
    await handle.read(bytes, 0, length, 0);
    return { name, bytes, size };
  } finally {
    await handle.close();
  }
}

/** The group's files: named files by their base name, a directory's regular files by relative path. */
async function collect(paths: string[]): Promise<PackageFile[]> {
  const files: PackageFile[] = [];
  for (const p of paths) {
    const st = await stat(p);
    if (!st.isDirectory()) {
      files.push(await readPackage(p, path.basename(p)));
      continue;
    }
    const entries = await readdir(p, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((x) => x.isFile())
      .map((x) => path.join(x.parentPath, x.name))
      .map((full) => ({ full, name: path.relative(p, full).split(path.sep).join('/') }))
      .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    for (const { full, name } of found) files.push(await readPackage(full, name));
  }
  return files;
}

/** The JSON output shape: exactly these eight keys per finding (null when a value is absent). */
function toJson(findings: PackageFinding[]): string {
  return JSON.stringify({
    findings: findings.map((f) => ({
      rule: f.ruleId,
      severity: f.severity,
      file: f.file,
      line: f.line ?? null,
      construct: f.construct ?? null,
      message: f.message,
      why: f.why,
      source: packageRule(f.ruleId as PackageRuleId).source,
    })),
  });
}

const MARK = { error: '✗ error', warning: '! warning' } as const;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function formatText(count: number, findings: PackageFinding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const lines = [
    `wharf packages (${plural(count, 'file')})`,
    `${errors ? '✗' : '✓'} ${plural(errors, 'error')}, ${plural(findings.length - errors, 'warning')}`,
  ];
  for (const f of findings) {
    lines.push(
      '',
      `${f.file}${f.line ? `:${f.line}` : ''}  ${MARK[f.severity]}  ${f.ruleId}${f.construct ? `  \`${f.construct}\`` : ''}`,
      `  ${f.message}`,
      `  why: ${f.why}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `wharf packages`: exit 0 without error findings, 1 with, 2 when the input cannot be read. */
export async function runPackages(argv: string[], io: Io = STD): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`wharf packages: ${args}\n${USAGE}`);
    return 2;
  }
  let files: PackageFile[];
  try {
    files = await collect(args.paths);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    io.err(
      `wharf packages: ${e.code === 'ENOENT' ? `not found: ${e.path ?? ''}` : `cannot read ${e.path ?? 'input'} (${e.code ?? 'error'})`}\n`,
    );
    return 2;
  }
  const findings = preflightPackageGroup({
    platform: args.platform as 'linux' | 'windows',
    installer: args.installer as string,
    files,
  });
  io.out(args.format === 'json' ? `${toJson(findings)}\n` : formatText(files.length, findings));
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
