import type { ChartAnalysis } from '@/lib/policy/types';
import { finding } from './context';
import { RENDER_LIMITS } from './render/budget';
import { CHART_RULES } from './rules';

/** The rule a chart breaks when it needs more work to analyse than the preflight allows. */
export const BUDGET_RULE = 'chart-analysis-budget';

/** Limits of one whole analysis (it runs in a worker thread that is stopped when it passes them). */
export const ANALYSIS_LIMITS = { timeMs: 10_000, memoryMb: 512 } as const;

type ExpenseReason = 'steps' | 'output' | 'values' | 'time' | 'memory';

const millions = (n: number) => `${Math.round(n / 1_000_000)} million`;

type Limits = { timeMs: number; memoryMb: number };

function why(reason: ExpenseReason, limits: Limits): string {
  switch (reason) {
    case 'steps':
      return `takes more than ${RENDER_LIMITS.steps.toLocaleString('en-US')} template steps`;
    case 'output':
      return `produces more than ${millions(RENDER_LIMITS.outputChars)} characters of output`;
    case 'values':
      return `builds more than ${millions(RENDER_LIMITS.builtUnits)} characters of strings and list entries (a replace, printf or upper that grows a string inside range does this)`;
    case 'time':
      return `did not finish within ${limits.timeMs / 1000} seconds`;
    case 'memory':
      return `needed more than ${limits.memoryMb} MB of memory`;
  }
}

/** The whole result of an analysis that was stopped: one finding, and no other rule counted as run. */
export function tooExpensiveAnalysis(
  reason: ExpenseReason,
  file?: string,
  limits: Limits = ANALYSIS_LIMITS,
): ChartAnalysis {
  const subject =
    reason === 'time' || reason === 'memory' ? 'the analysis' : `rendering ${file ?? 'a template'}`;
  const message = `The chart is too expensive to analyse: ${subject} ${why(reason, limits)}.`;
  const title = CHART_RULES.find((r) => r.id === BUDGET_RULE)?.title ?? BUDGET_RULE;
  return {
    chart: {},
    images: [],
    findings: [finding(BUDGET_RULE, message, file ? { file } : undefined)],
    rulesRun: [BUDGET_RULE],
    ruleTitles: { [BUDGET_RULE]: title },
  };
}
