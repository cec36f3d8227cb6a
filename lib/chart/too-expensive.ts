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

const WHY: Record<ExpenseReason, string> = {
  steps: `takes more than ${RENDER_LIMITS.steps.toLocaleString('en-US')} template steps`,
  output: `produces more than ${millions(RENDER_LIMITS.outputChars)} characters of output`,
  values: `builds more than ${millions(RENDER_LIMITS.builtUnits)} characters of strings and list entries (a replace, printf or upper that grows a string inside range does this)`,
  time: `did not finish within ${ANALYSIS_LIMITS.timeMs / 1000} seconds`,
  memory: `needed more than ${ANALYSIS_LIMITS.memoryMb} MB of memory`,
};

/** The whole result of an analysis that was stopped: one finding, and no other rule counted as run. */
export function tooExpensiveAnalysis(reason: ExpenseReason, file?: string): ChartAnalysis {
  const subject =
    reason === 'time' || reason === 'memory' ? 'the analysis' : `rendering ${file ?? 'a template'}`;
  const message = `The chart is too expensive to analyse: ${subject} ${WHY[reason]}.`;
  const title = CHART_RULES.find((r) => r.id === BUDGET_RULE)?.title ?? BUDGET_RULE;
  return {
    chart: {},
    images: [],
    findings: [finding(BUDGET_RULE, message, file ? { file } : undefined)],
    rulesRun: [BUDGET_RULE],
    ruleTitles: { [BUDGET_RULE]: title },
  };
}
