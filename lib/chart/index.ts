export { analyzeChart } from './analyze';
export { CHART_RULES } from './rules';
export { DEFAULT_MARKETPLACE_REGISTRY, type AnalyzeOptions, type ChartFiles } from './types';
