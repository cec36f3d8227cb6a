import { ChartInputError } from './errors';

/**
 * Validates a raw archive entry name and returns it normalised (forward slashes, no "./", no trailing
 * slash). Absolute paths, drive letters, `..` segments and NUL bytes are rejected, never resolved:
 * a chart has no reason to contain them, so their presence means a hostile or broken archive.
 */
export function safeEntryPath(raw: string): string {
  const name = raw.replace(/\\/g, '/');
  if (name.includes('\0'))
    throw new ChartInputError('UNSAFE_PATH', `Archive entry "${printable(raw)}" contains a NUL byte.`, raw);
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) {
    throw new ChartInputError('UNSAFE_PATH', `Archive entry "${printable(raw)}" has an absolute path.`, raw);
  }
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) {
    throw new ChartInputError(
      'UNSAFE_PATH',
      `Archive entry "${printable(raw)}" climbs out of the chart with "..".`,
      raw,
    );
  }
  return parts.join('/');
}

function printable(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?').slice(0, 200);
}

/**
 * `helm package` puts every file under one top-level directory named after the chart. Strip it when
 * all files share it; keep the paths as they are when Chart.yaml already sits at the root.
 */
export function stripChartRoot(paths: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (paths.includes('Chart.yaml')) {
    for (const p of paths) out.set(p, p);
    return out;
  }
  const roots = new Set(paths.map((p) => p.split('/')[0]));
  if (roots.size !== 1 || paths.some((p) => !p.includes('/'))) {
    throw new ChartInputError(
      'NOT_A_CHART',
      'The archive is not a Helm chart: expected one top-level chart directory containing Chart.yaml.',
    );
  }
  for (const p of paths) out.set(p, p.slice(p.indexOf('/') + 1));
  return out;
}
