import { ApiError, invalid, notFound } from '../errors';
import { deletePolicy, getPolicy, putPolicy } from '../store/resource-policies';
import type { OpContext, OpHandler } from './context';
import { resolveResource } from './tags';

/*
 * PutResourcePolicy / GetResourcePolicy / DeleteResourcePolicy (reference §3.9). Lengths and patterns
 * come from the model check; here: the ARN names an entity of the caller's account (entities only),
 * and the policy is a JSON object.
 */
async function entityArn(ctx: OpContext, arn: string): Promise<string> {
  const type = await resolveResource(ctx, arn);
  if (type === 'ChangeSet')
    throw new ApiError(
      'ResourceNotSupportedException',
      `Resource policies are attached to entities, not ${arn}.`,
    );
  return arn;
}

export const putResourcePolicy: OpHandler = async (ctx) => {
  const arn = await entityArn(ctx, String(ctx.body.ResourceArn));
  const policy = String(ctx.body.Policy);
  let doc: unknown;
  try {
    doc = JSON.parse(policy);
  } catch {
    doc = undefined;
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw invalid('Policy', 'Policy must be a JSON policy document.');
  await putPolicy(ctx.db, arn, policy);
  return {};
};

export const getResourcePolicy: OpHandler = async (ctx) => {
  const arn = await entityArn(ctx, ctx.query.get('resourceArn') ?? '');
  const policy = await getPolicy(ctx.db, arn);
  if (policy === undefined) throw notFound(`No resource policy is attached to ${arn}.`);
  return { Policy: policy };
};

export const deleteResourcePolicy: OpHandler = async (ctx) => {
  const arn = await entityArn(ctx, ctx.query.get('resourceArn') ?? '');
  await deletePolicy(ctx.db, arn);
  return {};
};
