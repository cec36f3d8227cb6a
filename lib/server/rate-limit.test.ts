import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends, type TestDb } from '@/lib/db/testing/backends';
import { clientAddress, RateLimiter } from './rate-limit';

const backends = await testBackends();

describe.each(backends)('RateLimiter on $name', ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('shares counts between console instances on one database, and opens again after the window', async () => {
    let now = 1_000_000;
    const one = new RateLimiter(
      () => t.handle.db,
      3,
      60_000,
      () => now,
    );
    const two = new RateLimiter(
      () => t.handle.db,
      3,
      60_000,
      () => now,
    );
    expect([await one.hit('a'), await two.hit('a'), await one.hit('a')]).toEqual([0, 0, 0]);
    now += 10_000;
    expect(await two.hit('a')).toBe(50);
    expect(await one.hit('b')).toBe(0);
    now += 50_001;
    expect(await two.hit('a')).toBe(0);
  });

  it('counts concurrent attempts exactly', async () => {
    const rl = new RateLimiter(() => t.handle.db, 5, 60_000);
    const waits = await Promise.all(Array.from({ length: 12 }, () => rl.hit('burst')));
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
  });

  it('forgets a key on reset, for every instance', async () => {
    const one = new RateLimiter(() => t.handle.db, 1, 60_000);
    const two = new RateLimiter(() => t.handle.db, 1, 60_000);
    await one.hit('r');
    expect(await two.hit('r')).toBeGreaterThan(0);
    await two.reset('r');
    expect(await one.hit('r')).toBe(0);
  });
});

describe('clientAddress', () => {
  const h = (xff: string) => new Headers({ 'x-forwarded-for': xff });

  it('ignores X-Forwarded-For unless trusted proxies are configured', () => {
    expect(clientAddress(h('203.0.113.7'), [])).toBeNull();
    expect(clientAddress(h('198.51.100.1, 203.0.113.7'), [])).toBeNull();
  });

  it('behind trusted proxies, takes the rightmost address the proxies did not add themselves', () => {
    const proxies = ['10.0.0.2', '10.0.0.3'];
    // The client wrote "1.2.3.4"; the outer proxy appended the socket address it saw.
    expect(clientAddress(h('1.2.3.4, 203.0.113.7, 10.0.0.2'), proxies)).toBe('203.0.113.7');
    expect(clientAddress(h('203.0.113.7'), proxies)).toBe('203.0.113.7');
    expect(clientAddress(new Headers(), proxies)).toBeNull();
  });
});
