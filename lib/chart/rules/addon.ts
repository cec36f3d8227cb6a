import type { Finding } from '@/lib/policy/types';
import { BUILTIN_API_VERSIONS } from '../builtin-apis';
import { finding, type ChartContext } from '../context';
import { valuesPath } from '../model';
import { linesContaining } from '../text';
import { valueAt } from '../values';

const HOOK = /["']?helm\.sh\/hook["']?\s*:/;
const HAS = /\.Capabilities\.APIVersions\.Has\s+"([^"]*)"/g;
const ALLOWED_RELEASE = new Set(['Name', 'Namespace']);

function eachLine(ctx: ChartContext, needle: string, visit: (file: string, line: string, n: number) => void) {
  for (const t of ctx.templateFiles)
    for (const l of linesContaining(ctx.files.get(t.file) ?? '', needle)) visit(t.file, l.text, l.line);
}

export function checkNoHooks(ctx: ChartContext): Finding[] {
  const out: Finding[] = [];
  eachLine(ctx, 'helm.sh/hook', (file, line, n) => {
    if (HOOK.test(line) && !line.trimStart().startsWith('#'))
      out.push(
        finding(
          'chart-addon-no-hooks',
          `${file}:${n}: Helm hook annotation (helm.sh/hook) is not supported for EKS add-ons.`,
          { file, line: n },
        ),
      );
  });
  return out;
}

export function checkNoLookup(ctx: ChartContext): Finding[] {
  return ctx.templateFiles.flatMap((t) =>
    t.functions
      .filter((f) => f.name === 'lookup')
      .map((f) =>
        finding(
          'chart-addon-no-lookup',
          `${t.file}:${f.line}: the lookup function is not supported for EKS add-ons.`,
          { file: t.file, line: f.line },
        ),
      ),
  );
}

export function checkReleaseFields(ctx: ChartContext): Finding[] {
  return ctx.templateFiles.flatMap((t) =>
    t.fields
      .filter((f) => f.path[0] === 'Release' && f.path[1] !== undefined && !ALLOWED_RELEASE.has(f.path[1]))
      .map((f) =>
        finding(
          'chart-addon-release-fields',
          `${t.file}:${f.line}: .Release.${f.path[1]} is not supported for EKS add-ons (only .Release.Name and .Release.Namespace).`,
          { file: t.file, line: f.line },
        ),
      ),
  );
}

export function checkCapabilities(ctx: ChartContext): Finding[] {
  const out: Finding[] = [];
  eachLine(ctx, 'APIVersions', (file, line, n) => {
    for (const m of line.matchAll(HAS)) {
      const api = m[1] ?? '';
      if (!BUILTIN_API_VERSIONS.has(api))
        out.push(
          finding(
            'chart-addon-capabilities',
            `${file}:${n}: .Capabilities.APIVersions.Has "${api}" checks an API that is not built into Kubernetes.`,
            { file, line: n },
          ),
        );
    }
  });
  return out;
}

export function checkWorkload(ctx: ChartContext): Finding[] {
  const kinds = ctx.kinds;
  if (kinds.has('Deployment') || kinds.has('DaemonSet')) return [];
  return [
    finding('chart-addon-workload', 'With its default values the chart renders no Deployment or DaemonSet.', {
      file: 'templates/',
    }),
  ];
}

export function checkServiceAccount(ctx: ChartContext): Finding[] {
  const values = ctx.tree.values?.value;
  const create = valueAt(values, ['serviceAccount', 'create']);
  if (create === true || ctx.kinds.has('ServiceAccount')) return [];
  const file = valuesPath(ctx.files, ctx.tree);
  const line = ctx.tree.values?.lineOf(['serviceAccount', 'create']);
  const why = create === false ? 'serviceAccount.create is false' : 'no ServiceAccount is rendered';
  return [
    finding(
      'chart-addon-service-account',
      `A service account is not created by default: ${why}.`,
      line ? { file, line } : { file },
    ),
  ];
}
