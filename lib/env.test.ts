import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from './env';

describe('configuration', () => {
  it('defaults to the embedded database and the local Catalog API service', () => {
    const e = parseEnv({});
    expect(e.DATABASE_URL).toBeUndefined();
    expect(e.isLocalCatalog).toBe(true);
    expect(e.catalogEndpoint).toBe('http://127.0.0.1:4010');
    expect(e.demoAccounts).toBe(true);
    expect(e.dataDir).toMatch(/\.data$/);
  });

  it('targets AWS with no endpoint override and hides demo accounts', () => {
    const e = parseEnv({ CATALOG_TARGET: 'aws', AUTH_SECRET: 'x'.repeat(32) });
    expect(e.isLocalCatalog).toBe(false);
    expect(e.catalogEndpoint).toBeUndefined();
    expect(e.demoAccounts).toBe(false);
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ CATALOG_TARGET: 'azure' }, 'CATALOG_TARGET'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ AUTH_SECRET: 'short' }, 'AUTH_SECRET'],
    [{ OIDC_ISSUER: 'https://idp.example.com' }, 'OIDC_ISSUER'],
    [{ CATALOG_TARGET: 'aws', NODE_ENV: 'production' }, 'AUTH_SECRET'],
    [{ WHARF_TRUSTED_PROXIES: '10.0.0.2, proxy.internal' }, 'WHARF_TRUSTED_PROXIES'],
  ])('a bad value stops start-up with one message naming the variable (%o)', (source, name) => {
    expect(() => parseEnv(source)).toThrow(ConfigError);
    expect(() => parseEnv(source)).toThrow(new RegExp(`^Invalid configuration: ${name} `));
  });

  it('lists the trusted proxies, none by default', () => {
    expect(parseEnv({}).trustedProxies).toEqual([]);
    expect(parseEnv({ WHARF_TRUSTED_PROXIES: '10.0.0.2, ::1' }).trustedProxies).toEqual(['10.0.0.2', '::1']);
  });
});
