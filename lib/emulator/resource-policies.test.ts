import {
  DeleteResourcePolicyCommand,
  GetResourcePolicyCommand,
  PutResourcePolicyCommand,
  ResourceNotFoundException,
  ResourceNotSupportedException,
  ValidationException,
} from '@aws-sdk/client-marketplace-catalog';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SEED_ACCOUNT_ID, SEED_CHANGE_SET_FAILED, SEED_LIMITED_PRODUCT_ID, SEED_PRODUCT_ID } from './seed';
import { failure, harness, type Harness } from './testing';

/* PutResourcePolicy, GetResourcePolicy and DeleteResourcePolicy through the real SDK (reference §3.9). */
let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

const arn = (type: string, id: string) =>
  `arn:aws:aws-marketplace:us-east-1:${SEED_ACCOUNT_ID}:AWSMarketplace/${type}/${id}`;
const product = arn('ContainerProduct', SEED_PRODUCT_ID);
const policy = (account: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: ['aws-marketplace:DescribeEntity'],
        Resource: product,
      },
    ],
  });
const get = (ResourceArn: string) => h.client.send(new GetResourcePolicyCommand({ ResourceArn }));

test('a policy is stored per entity, replaced by a second Put, and gone after Delete', async () => {
  expect(await failure(get(product))).toBeInstanceOf(ResourceNotFoundException);
  await h.client.send(new PutResourcePolicyCommand({ ResourceArn: product, Policy: policy('111111111111') }));
  expect((await get(product)).Policy).toBe(policy('111111111111'));
  await h.client.send(new PutResourcePolicyCommand({ ResourceArn: product, Policy: policy('222222222222') }));
  expect((await get(product)).Policy).toBe(policy('222222222222'));
  // Another entity has none of its own.
  const lite = arn('ContainerProduct', SEED_LIMITED_PRODUCT_ID);
  expect(await failure(get(lite))).toBeInstanceOf(ResourceNotFoundException);
  await h.client.send(new DeleteResourcePolicyCommand({ ResourceArn: product }));
  expect(await failure(get(product))).toBeInstanceOf(ResourceNotFoundException);
});

test('policies attach to existing entities only, and must be JSON documents', async () => {
  const changeSet = arn('ChangeSet', SEED_CHANGE_SET_FAILED);
  const onChangeSet = await failure(
    h.client.send(new PutResourcePolicyCommand({ ResourceArn: changeSet, Policy: policy('111111111111') })),
  );
  expect(onChangeSet).toBeInstanceOf(ResourceNotSupportedException);
  const missing = await failure(get(arn('ContainerProduct', 'prod-nosuchproduct1')));
  expect(missing).toBeInstanceOf(ResourceNotFoundException);
  const notJson = await failure(
    h.client.send(new PutResourcePolicyCommand({ ResourceArn: product, Policy: 'allow everyone' })),
  );
  expect(notJson).toBeInstanceOf(ValidationException);
  expect((notJson as unknown as ValidationException).ValidationExceptionFieldList?.[0]?.Field).toBe('Policy');
});
