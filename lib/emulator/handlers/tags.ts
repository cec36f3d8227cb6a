import { ApiError, invalid, notFound } from '../errors';
import { getChangeSet } from '../store/change-sets';
import { getEntity } from '../store/entities';
import { listTags, putTags, removeTags } from '../store/tags';
import { CATALOG } from '../wire';
import type { OpContext, OpHandler } from './context';
import { optList, reqString, RESOURCE_ARN_RE, tagList } from './validate';

/** Checks the ARN names an existing entity or change set of the caller's account; returns its type. */
export async function resolveResource(ctx: OpContext, arn: string): Promise<string> {
  const m = /^arn:aws:aws-marketplace:us-east-1:(\d{12}):([A-Za-z]+)\/([A-Za-z]+)\/([\w-]+)$/.exec(arn);
  if (!m || m[2] !== CATALOG) throw notFound(`Resource ${arn} was not found.`);
  if (m[1] !== ctx.accountId)
    throw new ApiError('AccessDeniedException', `You do not have access to resource ${arn}.`);
  const [, , , type, id] = m as unknown as [string, string, string, string, string];
  const exists =
    type === 'ChangeSet'
      ? await getChangeSet(ctx.db, id)
      : type === 'ContainerProduct'
        ? await getEntity(ctx.db, id)
        : undefined;
  if (!exists) throw notFound(`Resource ${arn} was not found.`);
  return type;
}

async function resource(ctx: OpContext): Promise<string> {
  const arn = reqString(ctx.body.ResourceArn, 'ResourceArn', 1, 255, RESOURCE_ARN_RE);
  await resolveResource(ctx, arn);
  return arn;
}

export const tagResource: OpHandler = async (ctx) => {
  const arn = await resource(ctx);
  await putTags(ctx.db, arn, tagList(ctx.body.Tags, 'Tags', true)!);
  return {};
};

export const untagResource: OpHandler = async (ctx) => {
  const arn = await resource(ctx);
  const keys = optList(ctx.body.TagKeys, 'TagKeys', 1, 200);
  if (!keys) throw invalid('TagKeys', 'TagKeys is required.');
  await removeTags(
    ctx.db,
    arn,
    keys.map((k, i) => reqString(k, `TagKeys[${i}]`, 1, 128)),
  );
  return {};
};

export const listTagsForResource: OpHandler = async (ctx) => {
  const arn = await resource(ctx);
  return { ResourceArn: arn, Tags: await listTags(ctx.db, arn) };
};
