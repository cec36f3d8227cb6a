/** Why a chart input could not be turned into a file map. */
export type ChartInputErrorCode =
  'TOO_LARGE' | 'MALFORMED' | 'UNSAFE_PATH' | 'UNSAFE_LINK' | 'NOT_A_CHART' | 'UNREADABLE';

/**
 * A chart archive or directory that cannot be read safely. The message is safe to show to a user:
 * it names the entry and the limit, never a stack trace.
 */
export class ChartInputError extends Error {
  override name = 'ChartInputError';
  constructor(
    public readonly code: ChartInputErrorCode,
    message: string,
    public readonly entry?: string,
  ) {
    super(message);
  }
}

export function isChartInputError(err: unknown): err is ChartInputError {
  return err instanceof ChartInputError;
}
