import type { Finding } from '@/lib/policy/types';
import { finding, type ChartContext } from '../context';
import { KNOWN_FUNCTIONS, REMOVED_FUNCTIONS } from '../parse/template-functions';

const MAX_PER_FILE = 20;

export function checkTemplateSyntax(ctx: ChartContext): Finding[] {
  return ctx.templateFiles.flatMap((t) =>
    t.errors
      .slice(0, MAX_PER_FILE)
      .map((e) =>
        finding('chart-template-syntax', `${t.file}:${e.line}: ${e.message}`, { file: t.file, line: e.line }),
      ),
  );
}

export function checkTemplateFunctions(ctx: ChartContext): Finding[] {
  const out: Finding[] = [];
  for (const t of ctx.templateFiles) {
    const seen = new Set<string>();
    for (const fn of t.functions) {
      if (KNOWN_FUNCTIONS.has(fn.name) || seen.has(fn.name) || seen.size >= MAX_PER_FILE) continue;
      seen.add(fn.name);
      const why = REMOVED_FUNCTIONS.has(fn.name) ? ' (Helm removes it from Sprig)' : '';
      out.push(
        finding(
          'chart-template-functions',
          `${t.file}:${fn.line}: function "${fn.name}" not defined${why}.`,
          { file: t.file, line: fn.line },
        ),
      );
    }
  }
  return out;
}

export function checkTemplateIncludes(ctx: ChartContext): Finding[] {
  const defined = new Set(ctx.templateFiles.flatMap((t) => t.defines.map((d) => d.name)));
  const out: Finding[] = [];
  for (const t of ctx.templateFiles) {
    for (const inc of t.includes) {
      if (defined.has(inc.name)) continue;
      out.push(
        finding(
          'chart-template-includes',
          `${t.file}:${inc.line}: template "${inc.name}" is included but never defined.`,
          { file: t.file, line: inc.line },
        ),
      );
    }
  }
  return out;
}
