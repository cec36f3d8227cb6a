import type { ChartAnalysis, Finding } from '@/lib/policy/types';
import { ChartContext, finding } from './context';
import { CHART_RULES } from './rules';
import { groupFindings } from './group-findings';
import {
  checkCapabilities,
  checkNoHooks,
  checkNoLookup,
  checkReleaseFields,
  checkServiceAccount,
  checkWorkload,
} from './rules/addon';
import { checkChartYaml, checkValuesYaml, checkVersionMatchesUri } from './rules/chart-meta';
import {
  checkCamelCase,
  checkDefaults,
  checkDescriptions,
  checkDraft,
  checkNoImages,
} from './rules/config-schema';
import { checkDependenciesVendored } from './rules/dependencies';
import { checkImageNotHardcoded } from './rules/image-literals';
import { checkImageVariables } from './rules/image-values';
import {
  checkDeclared,
  checkDeclaredUsed,
  checkMarketplaceRegistry,
  checkRegionalized,
  checkResolvable,
} from './rules/images';
import { checkSchemaSensitive, checkValuesRawSecrets } from './rules/sensitive';
import { checkTemplateFunctions, checkTemplateIncludes, checkTemplateSyntax } from './rules/templates';
import { BudgetExceeded } from './render/budget';
import { BUDGET_RULE, tooExpensiveAnalysis } from './too-expensive';
import type { AnalyzeOptions, ChartFiles } from './types';

type Check = (ctx: ChartContext) => Finding[];

const CHECKS: Record<string, Check> = {
  'chart-yaml-valid': checkChartYaml,
  'chart-values-yaml-valid': checkValuesYaml,
  'chart-version-matches-uri': checkVersionMatchesUri,
  'chart-template-syntax': checkTemplateSyntax,
  'chart-template-functions': checkTemplateFunctions,
  'chart-template-includes': checkTemplateIncludes,
  'chart-values-image-variables': checkImageVariables,
  'chart-image-not-hardcoded': checkImageNotHardcoded,
  'chart-images-resolvable': checkResolvable,
  'chart-images-marketplace-ecr': checkMarketplaceRegistry,
  'chart-images-declared': checkDeclared,
  'chart-declared-images-used': checkDeclaredUsed,
  'chart-images-regionalized': checkRegionalized,
  'chart-dependencies-vendored': checkDependenciesVendored,
  'chart-schema-no-sensitive': checkSchemaSensitive,
  'chart-values-no-raw-secrets': checkValuesRawSecrets,
  'chart-config-schema-draft': checkDraft,
  'chart-config-schema-camel-case': checkCamelCase,
  'chart-config-schema-descriptions': checkDescriptions,
  'chart-config-schema-no-images': checkNoImages,
  'chart-config-schema-defaults': checkDefaults,
  'chart-addon-no-hooks': checkNoHooks,
  'chart-addon-no-lookup': checkNoLookup,
  'chart-addon-release-fields': checkReleaseFields,
  'chart-addon-capabilities': checkCapabilities,
  'chart-addon-workload': checkWorkload,
  'chart-addon-service-account': checkServiceAccount,
  // Reaching it means every render stayed within budget; running out throws BudgetExceeded instead.
  [BUDGET_RULE]: () => [],
};

const ADDON_ONLY = new Set([
  'chart-addon-no-hooks',
  'chart-addon-no-lookup',
  'chart-addon-release-fields',
  'chart-addon-capabilities',
  'chart-addon-workload',
  'chart-addon-service-account',
]);

/** Which rules apply: add-on rules only for add-ons; option-dependent rules only when the option is given. */
function applies(id: string, opts: AnalyzeOptions): boolean {
  if (ADDON_ONLY.has(id)) return opts.addon === true;
  if (id === 'chart-version-matches-uri') return Boolean(opts.helmChartUri);
  if (id === 'chart-images-declared' || id === 'chart-declared-images-used')
    return Array.isArray(opts.declaredImages);
  return true;
}

/**
 * Checks a chart (as an in-memory file map) against the Marketplace Helm and EKS add-on rules. Pure and
 * total: it never throws; a check that fails internally is reported as a warning of that rule. A chart
 * whose templates need more work than the render budget allows gets only the budget finding.
 */
export function analyzeChart(files: ChartFiles, opts: AnalyzeOptions = {}): ChartAnalysis {
  const ctx = new ChartContext(files instanceof Map ? files : new Map(), opts ?? {});
  const findings: Finding[] = [];
  const rulesRun: string[] = [];
  for (const rule of CHART_RULES) {
    const check = CHECKS[rule.id];
    if (!check || !applies(rule.id, ctx.opts)) continue;
    rulesRun.push(rule.id);
    try {
      findings.push(...check(ctx));
    } catch (err) {
      if (err instanceof BudgetExceeded) return tooExpensiveAnalysis(err.what, err.file);
      findings.push(
        finding(
          rule.id,
          `This check could not complete: ${err instanceof Error ? err.message : String(err)}`,
          undefined,
          'warning',
        ),
      );
    }
  }
  let chart: ChartAnalysis['chart'] = {};
  let images: string[] = [];
  try {
    const meta = ctx.tree.meta;
    chart = Object.fromEntries(
      (['name', 'version', 'apiVersion'] as const).flatMap((k) =>
        meta[k] === undefined || meta[k] === null ? [] : [[k, String(meta[k])]],
      ),
    );
    images = [...new Set(ctx.images.filter((i) => !i.unresolved).map((i) => i.image))].sort();
  } catch {
    // The findings above already carry whatever went wrong.
  }
  const ruleTitles = Object.fromEntries(
    CHART_RULES.filter((r) => rulesRun.includes(r.id)).map((r) => [r.id, r.title]),
  );
  return { chart, images, findings: groupFindings(findings), rulesRun, ruleTitles };
}
