import { ApiError } from '../errors';
import { cancelChangeSet, describeChangeSet } from './change-sets';
import type { OpHandler } from './context';
import { batchDescribeEntities, describeEntity } from './entities';
import { listChangeSetsOp } from './list-change-sets';
import { listEntitiesOp } from './list-entities';
import { deleteResourcePolicy, getResourcePolicy, putResourcePolicy } from './resource-policies';
import { startChangeSet } from './start-change-set';
import { listTagsForResource, tagResource, untagResource } from './tags';

/** Operations the emulator does not model answer with a modelled error instead of failing. */
const unsupported: OpHandler = async () => {
  throw new ApiError(
    'ValidationException',
    'This operation is not supported by the local Catalog API service.',
    [{ Reason: 'UnknownOperation', Message: 'Not emulated.' }],
  );
};

/** Every Catalog API operation with its method (reference §3); the path is the operation name. */
export const OPERATIONS: Record<string, { method: string; handler: OpHandler }> = {
  StartChangeSet: { method: 'POST', handler: startChangeSet },
  DescribeChangeSet: { method: 'GET', handler: describeChangeSet },
  ListChangeSets: { method: 'POST', handler: listChangeSetsOp },
  CancelChangeSet: { method: 'PATCH', handler: cancelChangeSet },
  DescribeEntity: { method: 'GET', handler: describeEntity },
  ListEntities: { method: 'POST', handler: listEntitiesOp },
  BatchDescribeEntities: { method: 'POST', handler: batchDescribeEntities },
  TagResource: { method: 'POST', handler: tagResource },
  UntagResource: { method: 'POST', handler: untagResource },
  ListTagsForResource: { method: 'POST', handler: listTagsForResource },
  PutResourcePolicy: { method: 'POST', handler: putResourcePolicy },
  GetResourcePolicy: { method: 'GET', handler: getResourcePolicy },
  DeleteResourcePolicy: { method: 'DELETE', handler: deleteResourcePolicy },
  ListAssessments: { method: 'POST', handler: unsupported },
  DescribeAssessment: { method: 'POST', handler: unsupported },
};
