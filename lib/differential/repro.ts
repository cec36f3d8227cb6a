import { addVersion, helm } from '@/lib/emulator/fixtures';
import { SEED_PRODUCT_ID } from '@/lib/emulator/seed-ids';
import type { Probe } from './requests';

/* Builders of the bug entries' minimal requests, valid for the seeded (paid) product but for one thing. */
export const SA = { Key: 'serviceAccount.name', DefaultValue: '${AWSMP_SERVICE_ACCOUNT}' };
export const probe = (name: string, change: unknown, productId = SEED_PRODUCT_ID): Probe => ({
  name: `repro: ${name}`,
  request: { Catalog: 'AWSMarketplace', ChangeSet: [change] },
  productId,
});
export const helmVersion = (
  o: Record<string, unknown>,
  version: Record<string, unknown> = {},
  entity = SEED_PRODUCT_ID,
) => addVersion([helm({ OverrideParameters: [SA], ...o })], version, entity);
