import 'server-only';
import { DescribeEntityCommand, ListEntitiesCommand } from '@aws-sdk/client-marketplace-catalog';
import { callOptions, getCatalogClient } from './client';
import { toAppError } from './errors';
import { parseProductEntity } from './parse-entity';
import type { ProductDetail, ProductSummary } from './types';

export interface ListProductsInput {
  /** Substring of the product title. */
  title?: string;
  visibility?: 'Draft' | 'Limited' | 'Public' | 'Restricted';
  nextToken?: string;
  pageSize?: number;
  sortBy?: 'LastModifiedDate' | 'ProductTitle' | 'Visibility';
  sortOrder?: 'ASCENDING' | 'DESCENDING';
}

/** ListEntities for ContainerProduct with the container filters (title wildcard, visibility). */
export async function listProducts(
  input: ListProductsInput = {},
): Promise<{ items: ProductSummary[]; nextToken?: string }> {
  const filters: Record<string, unknown> = {};
  if (input.title?.trim()) filters.ProductTitle = { WildCardValue: input.title.trim() };
  if (input.visibility) filters.Visibility = { ValueList: [input.visibility] };
  try {
    const out = await getCatalogClient().send(
      new ListEntitiesCommand({
        Catalog: 'AWSMarketplace',
        EntityType: 'ContainerProduct',
        MaxResults: input.pageSize ?? 20,
        NextToken: input.nextToken || undefined,
        ...(Object.keys(filters).length ? { EntityTypeFilters: { ContainerProductFilters: filters } } : {}),
        EntityTypeSort: {
          ContainerProductSort: {
            SortBy: input.sortBy ?? 'LastModifiedDate',
            SortOrder: input.sortOrder ?? 'DESCENDING',
          },
        },
      }),
      callOptions(),
    );
    return {
      items: (out.EntitySummaryList ?? []).map((e) => ({
        id: e.EntityId ?? '',
        title: e.ContainerProductSummary?.ProductTitle ?? e.Name ?? '',
        visibility: e.ContainerProductSummary?.Visibility ?? e.Visibility ?? '',
        lastModified: e.LastModifiedDate ?? '',
        arn: e.EntityArn ?? '',
      })),
      nextToken: out.NextToken || undefined,
    };
  } catch (err) {
    throw toAppError(err, 'Listing products');
  }
}

/** DescribeEntity for one container product. */
export async function describeProduct(productId: string): Promise<ProductDetail> {
  try {
    const out = await getCatalogClient().send(
      new DescribeEntityCommand({ Catalog: 'AWSMarketplace', EntityId: productId }),
      callOptions(),
    );
    return parseProductEntity({
      EntityIdentifier: out.EntityIdentifier,
      EntityArn: out.EntityArn,
      LastModifiedDate: out.LastModifiedDate,
      Details: out.Details,
      DetailsDocument: out.DetailsDocument,
    });
  } catch (err) {
    throw toAppError(err, 'Loading the product');
  }
}
