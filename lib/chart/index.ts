export { analyzeChart } from './analyze';
export { CHART_RULES } from './rules';
export { type AnalyzeOptions } from './types';
