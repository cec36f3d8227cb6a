import { describe, expect, it } from 'vitest';
import { Backoff, RateLimiter } from './limiter';

describe('RateLimiter', () => {
  it('never lets more than perSecond calls into any one-second window', async () => {
    const limiter = new RateLimiter(5);
    const at: number[] = [];
    await Promise.all(Array.from({ length: 12 }, () => limiter.acquire().then(() => at.push(Date.now()))));
    at.sort((a, b) => a - b);
    for (let i = 0; i + 5 < at.length; i++) expect(at[i + 5]! - at[i]!).toBeGreaterThanOrEqual(1_000);
  }, 10_000);

  it('refuses with THROTTLED rather than wait past the limit', async () => {
    const limiter = new RateLimiter(1);
    await limiter.acquire();
    await expect(limiter.acquire(50)).rejects.toMatchObject({ code: 'THROTTLED' });
  });
});

describe('Backoff', () => {
  it('doubles the wait on each failure up to the cap, and clears on success', () => {
    let now = 0;
    const b = new Backoff(1_000, 8_000, () => now);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      b.failed();
      waits.push(b.retryAt - now);
    }
    expect(waits[0]).toBeGreaterThanOrEqual(750);
    expect(waits[0]).toBeLessThanOrEqual(1_250);
    expect(waits[3]).toBeGreaterThanOrEqual(6_000);
    expect(waits[4]).toBeLessThanOrEqual(10_000);
    expect(b.isWaiting).toBe(true);
    now += 20_000;
    expect(b.isWaiting).toBe(false);
    b.succeeded();
    b.failed();
    expect(b.retryAt - now).toBeLessThanOrEqual(1_250);
  });
});
