export { ChartInputError, isChartInputError, type ChartInputErrorCode } from './errors';
export { DEFAULT_CHART_LIMITS, type ChartLimits, type ChartReadOptions, type SkippedEntry } from './limits';
export { readChartArchive } from './read-archive';
export { readChartDirectory } from './read-directory';
