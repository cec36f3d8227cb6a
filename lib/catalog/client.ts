import 'server-only';
import { MarketplaceCatalogClient } from '@aws-sdk/client-marketplace-catalog';
import { env } from '@/lib/env';

const KEY = Symbol.for('wharf.catalog-client');

/**
 * The one Catalog API client: the real SDK over HTTP, pointed at the local service by default and
 * at AWS (default credential provider chain, us-east-1) when CATALOG_TARGET=aws.
 */
export function getCatalogClient(): MarketplaceCatalogClient {
  const g = globalThis as Record<symbol, MarketplaceCatalogClient | undefined>;
  return (g[KEY] ??= createCatalogClient());
}

const SINGLE_KEY = Symbol.for('wharf.catalog-client.single-attempt');

/**
 * A client that never retries on its own. Change-set tracking uses it: its own rate limiter and
 * backoff decide when to call again, and SDK retries would spend quota behind the limiter's back.
 */
export function getSingleAttemptCatalogClient(): MarketplaceCatalogClient {
  const g = globalThis as Record<symbol, MarketplaceCatalogClient | undefined>;
  return (g[SINGLE_KEY] ??= createCatalogClient(undefined, undefined, 1));
}

/**
 * Options for the reads' (and cancel's) `send`: the whole call, SDK retries included, is abandoned
 * after WHARF_CATALOG_TIMEOUT_MS, so a slow Catalog API costs a page at most that long (toAppError
 * maps it to TIMEOUT). StartChangeSet keeps per-attempt timeouts only (see startChangeSet).
 */
export function callOptions(timeoutMs = env().WHARF_CATALOG_TIMEOUT_MS): { abortSignal: AbortSignal } {
  return { abortSignal: AbortSignal.timeout(timeoutMs) };
}

/** A fresh client for an explicit endpoint (tests, the load bench). */
export function createCatalogClient(
  endpoint = env().catalogEndpoint,
  local = env().isLocalCatalog,
  maxAttempts = 3,
  timeoutMs = env().WHARF_CATALOG_TIMEOUT_MS,
) {
  return new MarketplaceCatalogClient({
    region: 'us-east-1',
    ...(endpoint ? { endpoint } : {}),
    // The local service ignores signatures; AWS uses the default provider chain (role, SSO, env…).
    ...(local ? { credentials: { accessKeyId: 'wharf-local', secretAccessKey: 'wharf-local' } } : {}),
    maxAttempts,
    retryMode: 'standard',
    // Each attempt gives up too: a silent connection or a response that never comes is a TimeoutError.
    requestHandler: { requestTimeout: timeoutMs, connectionTimeout: timeoutMs },
  });
}
