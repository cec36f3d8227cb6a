import { describe, expect, it } from 'vitest';
import { toAppError } from './errors';

const sdkError = (name: string, httpStatusCode?: number, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error('Rate exceeded'), { name, $metadata: { httpStatusCode }, ...extra });

describe('toAppError', () => {
  it.each([
    ['ThrottlingException', 400],
    ['TooManyRequestsException', 429],
    ['Throttling', 400],
    ['UnknownError', 429],
  ])('reports %s (HTTP %i) as throttling, never as "cannot be reached"', (name, status) => {
    const err = toAppError(sdkError(name, status));
    expect(err.code).toBe('THROTTLED');
    expect(err.message).not.toMatch(/cannot be reached/);
  });

  it('reports an error the SDK marks as throttling as throttling', () => {
    expect(toAppError(sdkError('Whatever', 400, { $retryable: { throttling: true } })).code).toBe(
      'THROTTLED',
    );
  });

  it.each(['TimeoutError', 'AbortError'])('reports %s as a timeout', (name) => {
    const err = toAppError(sdkError(name));
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toMatch(/did not answer in time/);
  });

  it('still reports a connection failure as unreachable', () => {
    expect(toAppError(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })).code).toBe(
      'UNAVAILABLE',
    );
  });
});
