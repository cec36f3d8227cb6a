/** Size limits applied while reading a chart; every limit is in bytes except `maxEntries`. */
export interface ChartLimits {
  maxCompressedBytes: number;
  maxUncompressedBytes: number;
  maxEntries: number;
  maxFileBytes: number;
}

export const DEFAULT_CHART_LIMITS: ChartLimits = {
  maxCompressedBytes: 10 * 1024 * 1024,
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxEntries: 5_000,
  maxFileBytes: 5 * 1024 * 1024,
};

/** An entry that was left out of the file map instead of failing the read (directories only). */
export interface SkippedEntry {
  path: string;
  reason: 'symlink' | 'special-file' | 'ignored-directory';
}

/** Options of the chart readers: limits (merged over the defaults) and a report of skipped entries. */
export interface ChartReadOptions extends Partial<ChartLimits> {
  onSkipped?: (entry: SkippedEntry) => void;
}

export function resolveLimits(opts: ChartReadOptions | undefined): ChartLimits {
  return {
    maxCompressedBytes: opts?.maxCompressedBytes ?? DEFAULT_CHART_LIMITS.maxCompressedBytes,
    maxUncompressedBytes: opts?.maxUncompressedBytes ?? DEFAULT_CHART_LIMITS.maxUncompressedBytes,
    maxEntries: opts?.maxEntries ?? DEFAULT_CHART_LIMITS.maxEntries,
    maxFileBytes: opts?.maxFileBytes ?? DEFAULT_CHART_LIMITS.maxFileBytes,
  };
}
