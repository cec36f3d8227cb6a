export { ChartInputError, isChartInputError } from './errors';
export { DEFAULT_CHART_LIMITS, type SkippedEntry } from './limits';
export { readChartArchive } from './read-archive';
export { readChartDirectory } from './read-directory';
