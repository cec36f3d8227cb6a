import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows up to the limit within the window, then asks to wait until the oldest attempt expires', () => {
    let now = 0;
    const rl = new RateLimiter(3, 60_000, () => now);
    expect([rl.hit('a'), rl.hit('a'), rl.hit('a')]).toEqual([0, 0, 0]);
    now = 10_000;
    expect(rl.hit('a')).toBe(50);
    expect(rl.hit('b')).toBe(0);
    now = 60_001;
    expect(rl.hit('a')).toBe(0);
  });

  it('forgets a key on reset', () => {
    const rl = new RateLimiter(1, 60_000, () => 0);
    rl.hit('a');
    expect(rl.hit('a')).toBeGreaterThan(0);
    rl.reset('a');
    expect(rl.hit('a')).toBe(0);
  });
});
