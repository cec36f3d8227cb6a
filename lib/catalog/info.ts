import 'server-only';
import { ListEntitiesCommand } from '@aws-sdk/client-marketplace-catalog';
import { env } from '@/lib/env';
import { callOptions, getCatalogClient } from './client';

export interface CatalogInfo {
  mode: 'local' | 'aws';
  endpoint: string;
  region: 'us-east-1';
  /** The seller account, read from an entity ARN; undefined when the API cannot be reached. */
  accountId?: string;
  reachable: boolean;
}

/** Which Catalog API this console talks to, for the Settings page. */
export async function getCatalogInfo(): Promise<CatalogInfo> {
  const e = env();
  const base = {
    mode: e.isLocalCatalog ? ('local' as const) : ('aws' as const),
    endpoint: e.catalogEndpoint ?? 'https://catalog.marketplace.us-east-1.amazonaws.com',
    region: 'us-east-1' as const,
  };
  try {
    const out = await getCatalogClient().send(
      new ListEntitiesCommand({ Catalog: 'AWSMarketplace', EntityType: 'ContainerProduct', MaxResults: 1 }),
      callOptions(),
    );
    const arn = out.EntitySummaryList?.[0]?.EntityArn ?? '';
    return { ...base, accountId: arn.split(':')[4] || undefined, reachable: true };
  } catch {
    return { ...base, reachable: false };
  }
}
