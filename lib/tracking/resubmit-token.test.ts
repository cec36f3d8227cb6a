import { describe, expect, it } from 'vitest';
import { resubmitToken } from './resubmit-token';

describe('resubmitToken', () => {
  it('is the same for the same failed change set, different for another, and a valid UUIDv5 shape', () => {
    expect(resubmitToken('cs-a')).toBe(resubmitToken('cs-a'));
    expect(resubmitToken('cs-a')).not.toBe(resubmitToken('cs-b'));
    // AWS: 1-36 printable characters.
    expect(resubmitToken('cs-a')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
