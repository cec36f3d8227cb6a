import { describe, expect, it } from 'vitest';
import { cn } from './cn';

describe('cn', () => {
  it('joins strings and skips falsy values', () => {
    expect(cn('a', false, null, undefined, '', 'b')).toBe('a b');
  });

  it('keeps the number zero but drops boolean true', () => {
    expect(cn(0, true, 'x')).toBe('0 x');
  });

  it('flattens nested arrays', () => {
    expect(cn(['a', ['b', false, ['c']]], 'd')).toBe('a b c d');
  });

  it('includes object keys whose value is truthy', () => {
    expect(cn({ on: true, off: false, maybe: undefined }, 'z')).toBe('on z');
  });

  it('returns an empty string for nothing', () => {
    expect(cn()).toBe('');
    expect(cn([], {})).toBe('');
  });
});
