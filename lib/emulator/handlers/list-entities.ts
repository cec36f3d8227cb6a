import { invalid } from '../errors';
import { listEntities, type EntityQuery } from '../store/entities';
import { canonicalJson, decodeToken, encodeToken, entityArn, ISO_DATE_RE, isoDate, sha256 } from '../wire';
import type { OpHandler } from './context';
import { isObject, optInt, optList, optObject, optString, reqString, requireCatalog } from './validate';

/** Types the real ListEntities accepts; only ContainerProduct has entities here, the others list empty. */
const KNOWN_TYPES = [
  'AmiProduct',
  'ContainerProduct',
  'DataProduct',
  'SaaSProduct',
  'ProcurementPolicy',
  'Experience',
  'Audience',
  'BrandingSettings',
  'Offer',
  'OfferSet',
  'Seller',
  'ResaleAuthorization',
  'Solution',
  'MachineLearningProduct',
];
const SORTS = ['LastModifiedDate', 'EntityId', 'ProductTitle', 'Visibility', 'CompatibleAWSServices'];
const VISIBILITIES = ['Limited', 'Public', 'Restricted', 'Draft'];

/** ListEntities with FilterList, ContainerProductFilters, Sort / EntityTypeSort and paging (reference §6.2–6.4). */
export const listEntitiesOp: OpHandler = async ({ db, body, accountId }) => {
  requireCatalog(body.Catalog);
  const type = reqString(body.EntityType, 'EntityType', 1, 255);
  if (!KNOWN_TYPES.includes(type))
    throw invalid(
      'EntityType',
      `Unsupported EntityType ${type}. Use the type without a version, for example ContainerProduct.`,
    );
  const limit = optInt(body.MaxResults, 'MaxResults', 1, 50) ?? 20;
  const q: EntityQuery = { accountId, sortBy: 'LastModifiedDate', descending: true, offset: 0, limit };
  for (const [i, f] of (optList(body.FilterList, 'FilterList', 1, 8) ?? []).entries()) {
    if (!isObject(f) || f.Name !== 'EntityId')
      throw invalid(
        `FilterList[${i}].Name`,
        'The only supported FilterList name for ListEntities is EntityId.',
      );
    q.ids = (optList(f.ValueList, `FilterList[${i}].ValueList`, 1, 10) ?? []).map(String);
  }
  applyTypeFilters(q, optObject(body.EntityTypeFilters, 'EntityTypeFilters'), type);
  applySort(q, optObject(body.Sort, 'Sort'), optObject(body.EntityTypeSort, 'EntityTypeSort'), type);
  if (body.OwnershipType !== undefined && body.OwnershipType !== 'SELF' && body.OwnershipType !== 'SHARED')
    throw invalid('OwnershipType', 'OwnershipType must be SELF or SHARED.');
  const fingerprint = sha256(
    canonicalJson({
      t: type,
      f: body.FilterList,
      e: body.EntityTypeFilters,
      s: body.Sort,
      es: body.EntityTypeSort,
      o: body.OwnershipType,
    }),
  );
  const token = optString(body.NextToken, 'NextToken', 1, 4096);
  if (token !== undefined) {
    const offset = decodeToken(token, fingerprint);
    if (offset === undefined)
      throw invalid('NextToken', 'The NextToken is invalid or belongs to a different query.');
    q.offset = offset;
  }
  // Nothing is shared with this seller through AWS RAM, and only container products exist here.
  if (type !== 'ContainerProduct' || body.OwnershipType === 'SHARED') return { EntitySummaryList: [] };
  const { rows, more } = await listEntities(db, q);
  return {
    EntitySummaryList: rows.map((r) => ({
      Name: r.title ?? `Untitled - ${r.entityId}`,
      EntityType: r.entityType,
      EntityId: r.entityId,
      EntityArn: entityArn(r.entityType, r.entityId, r.accountId),
      LastModifiedDate: isoDate(r.lastModified),
      Visibility: r.visibility,
      ContainerProductSummary: { ProductTitle: r.title ?? undefined, Visibility: r.visibility },
    })),
    ...(more ? { NextToken: encodeToken(q.offset + rows.length, fingerprint) } : {}),
  };
};

function applyTypeFilters(q: EntityQuery, filters: Record<string, unknown> | undefined, type: string): void {
  if (!filters) return;
  const keys = Object.keys(filters).filter((k) => filters[k] !== undefined);
  if (keys.length !== 1)
    throw invalid('EntityTypeFilters', 'EntityTypeFilters is a union: set exactly one member.');
  if (keys[0] !== `${type}Filters`)
    throw invalid('EntityTypeFilters', `EntityTypeFilters.${keys[0]} does not match EntityType ${type}.`);
  const f = optObject(filters[keys[0]!], `EntityTypeFilters.${keys[0]}`) ?? {};
  const at = 'EntityTypeFilters.ContainerProductFilters';
  const id = optObject(f.EntityId, `${at}.EntityId`);
  if (id)
    q.ids = [
      ...(q.ids ?? []),
      ...(optList(id.ValueList, `${at}.EntityId.ValueList`, 1, 10) ?? []).map(String),
    ];
  const title = optObject(f.ProductTitle, `${at}.ProductTitle`);
  if (title) {
    const values = optList(title.ValueList, `${at}.ProductTitle.ValueList`, 1, 10);
    if (values) q.titles = values.map(String);
    q.titleWildcard = optString(title.WildCardValue, `${at}.ProductTitle.WildCardValue`, 1, 255);
    if (!values && q.titleWildcard === undefined)
      throw invalid(`${at}.ProductTitle`, 'Provide ValueList or WildCardValue.');
  }
  const vis = optObject(f.Visibility, `${at}.Visibility`);
  if (vis) {
    const values = (optList(vis.ValueList, `${at}.Visibility.ValueList`, 1, 10) ?? []).map(String);
    const bad = values.filter((v) => !VISIBILITIES.includes(v));
    if (!values.length || bad.length)
      throw invalid(
        `${at}.Visibility.ValueList`,
        `Visibility values must be from ${VISIBILITIES.join(', ')}.`,
      );
    q.visibilities = values;
  }
  const range = optObject(
    optObject(f.LastModifiedDate, `${at}.LastModifiedDate`)?.DateRange,
    `${at}.LastModifiedDate.DateRange`,
  );
  if (range) {
    for (const [k, prop] of [
      ['AfterValue', 'modifiedAfter'],
      ['BeforeValue', 'modifiedBefore'],
    ] as const) {
      const v = range[k];
      if (v === undefined) continue;
      if (typeof v !== 'string' || !ISO_DATE_RE.test(v))
        throw invalid(
          `${at}.LastModifiedDate.DateRange.${k}`,
          `${k} must be a date in the format YYYY-MM-DDTHH:MM:SSZ.`,
        );
      q[prop] = new Date(v);
    }
  }
}

function applySort(
  q: EntityQuery,
  sort: Record<string, unknown> | undefined,
  typeSort: Record<string, unknown> | undefined,
  type: string,
): void {
  if (sort && typeSort) throw invalid('EntityTypeSort', 'Use either Sort or EntityTypeSort, not both.');
  let s = sort;
  if (typeSort) {
    const keys = Object.keys(typeSort).filter((k) => typeSort[k] !== undefined);
    if (keys.length !== 1 || keys[0] !== `${type}Sort`)
      throw invalid('EntityTypeSort', `EntityTypeSort must set exactly one member, ${type}Sort.`);
    s = optObject(typeSort[keys[0]!], `EntityTypeSort.${keys[0]}`);
  }
  if (!s) return;
  if (s.SortBy !== undefined && !SORTS.includes(String(s.SortBy)))
    throw invalid('Sort.SortBy', `SortBy must be one of ${SORTS.join(', ')}.`);
  if (s.SortOrder !== undefined && s.SortOrder !== 'ASCENDING' && s.SortOrder !== 'DESCENDING')
    throw invalid('Sort.SortOrder', 'SortOrder must be ASCENDING or DESCENDING.');
  q.sortBy = (s.SortBy as EntityQuery['sortBy']) ?? 'LastModifiedDate';
  q.descending = s.SortOrder !== 'ASCENDING';
}
