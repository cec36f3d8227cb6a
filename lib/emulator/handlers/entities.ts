import { ApiError, invalid, notFound } from '../errors';
import { getEntities, getEntity, type EntityRow } from '../store/entities';
import { entityArn, isoDate } from '../wire';
import type { OpHandler } from './context';
import { BATCH_ENTITY_ID_RE, isObject, optList, reqString, requireCatalog, RESOURCE_ID_RE } from './validate';

/** Entity id prefixes of types the real service has but this one does not emulate. */
const UNSUPPORTED_PREFIXES =
  /^(offer|offerset|resaleauthorization|solution|seller|procurement|experience|audience|branding)-/i;

function detail(row: EntityRow) {
  return {
    EntityType: `${row.entityType}@1.0`,
    EntityIdentifier: `${row.entityId}@${row.revision}`,
    EntityArn: entityArn(row.entityType, row.entityId, row.accountId),
    LastModifiedDate: isoDate(row.lastModified),
    DetailsDocument: row.details,
  };
}

/** DescribeEntity: type with version, EntityId@RevisionId, Details string and DetailsDocument. */
export const describeEntity: OpHandler = async ({ db, query, accountId }) => {
  requireCatalog(query.get('catalog') ?? undefined, 'catalog');
  const id = reqString(query.get('entityId') ?? undefined, 'entityId', 1, 255, RESOURCE_ID_RE);
  if (UNSUPPORTED_PREFIXES.test(id))
    throw new ApiError(
      'ResourceNotSupportedException',
      `Entity ${id} is of a type the local Catalog API service does not support (container products only).`,
    );
  const row = await getEntity(db, id);
  if (!row) throw notFound(`Entity ${id} was not found.`);
  if (row.accountId !== accountId)
    throw new ApiError('AccessDeniedException', `You do not have access to entity ${id}.`);
  const d = detail(row);
  return { ...d, Details: JSON.stringify(row.details) };
};

/** BatchDescribeEntities: per-entity failures go to Errors, never an exception. */
export const batchDescribeEntities: OpHandler = async ({ db, body, accountId }) => {
  const list = optList(body.EntityRequestList, 'EntityRequestList', 1, 20);
  if (!list) throw invalid('EntityRequestList', 'EntityRequestList is required.');
  const ids = list.map((r, i) => {
    if (!isObject(r)) throw invalid(`EntityRequestList[${i}]`, 'Each entity request must be an object.');
    requireCatalog(r.Catalog, `EntityRequestList[${i}].Catalog`);
    return reqString(r.EntityId, `EntityRequestList[${i}].EntityId`, 1, 255, BATCH_ENTITY_ID_RE);
  });
  const rows = new Map((await getEntities(db, ids)).map((r) => [r.entityId, r]));
  const EntityDetails: Record<string, unknown> = {};
  const Errors: Record<string, { ErrorCode: string; ErrorMessage: string }> = {};
  for (const id of ids) {
    const row = rows.get(id);
    if (!row) Errors[id] = { ErrorCode: 'ResourceNotFound', ErrorMessage: `Entity ${id} was not found.` };
    else if (row.accountId !== accountId)
      Errors[id] = { ErrorCode: 'AccessDenied', ErrorMessage: `You do not have access to entity ${id}.` };
    else EntityDetails[id] = detail(row);
  }
  return { EntityDetails, Errors };
};
