import { execFile } from 'node:child_process';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEED_DRAFT_PRODUCT_ID, SEED_PRODUCT_ID } from './seed';
import { harness, settle, type Harness } from './testing';

/* The AWS CLI against the service. CI installs awscli 2.9 via apt, which sends only the legacy Details string. */
const run = promisify(execFile);
// Prefer Debian's AWS CLI 2.9 (the one sellers' CI images carry, sending only `Details`) over any other `aws` on PATH.
const awsPath = (() => {
  if (existsSync('/usr/bin/aws')) return '/usr/bin/aws';
  try {
    return execSync('command -v aws', { encoding: 'utf8', shell: '/bin/sh' }).trim();
  } catch {
    return '';
  }
})();
if (!awsPath)
  console.warn(
    'aws-cli.test.ts: skipped because the `aws` command is not on PATH (CI installs it with apt-get install awscli).',
  );

describe.skipIf(!awsPath)('AWS CLI (aws marketplace-catalog)', { timeout: 90_000 }, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ stepMs: 50 });
  });
  afterAll(() => h.close());

  const aws = async (...args: string[]) => {
    const env = {
      ...process.env,
      AWS_ACCESS_KEY_ID: 'x',
      AWS_SECRET_ACCESS_KEY: 'y',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      AWS_PAGER: '',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    const out = await run(
      awsPath,
      [
        '--region',
        'us-east-1',
        '--endpoint-url',
        h.emulator.url,
        '--output',
        'json',
        'marketplace-catalog',
        ...args,
      ],
      { env },
    );
    return JSON.parse(out.stdout) as Record<string, unknown>;
  };

  test('list-entities lists the seeded products', async () => {
    const out = await aws(
      'list-entities',
      '--catalog',
      'AWSMarketplace',
      '--entity-type',
      'ContainerProduct',
    );
    expect((out.EntitySummaryList as { EntityId: string }[]).map((e) => e.EntityId)).toEqual([
      SEED_PRODUCT_ID,
      SEED_DRAFT_PRODUCT_ID,
    ]);
  });

  test('start-change-set with a legacy Details string is accepted and processed', async () => {
    const changeSet = JSON.stringify([
      {
        ChangeType: 'AddRepositories',
        Entity: { Type: 'ContainerProduct@1.0', Identifier: SEED_DRAFT_PRODUCT_ID },
        Details: JSON.stringify({
          Repositories: [{ RepositoryName: 'edge-collector', RepositoryType: 'ECR' }],
        }),
      },
    ]);
    const started = await aws('start-change-set', '--catalog', 'AWSMarketplace', '--change-set', changeSet);
    expect(started.ChangeSetId).toMatch(/^[a-z0-9]{25}$/);
    const settled = await settle(h.client, started.ChangeSetId as string);
    expect(settled.Status).toBe('SUCCEEDED');
    const described = await aws(
      'describe-change-set',
      '--catalog',
      'AWSMarketplace',
      '--change-set-id',
      started.ChangeSetId as string,
    );
    expect(described.Status).toBe('SUCCEEDED');
    expect(JSON.parse((described.ChangeSet as { Details: string }[])[0]!.Details)).toEqual({
      Repositories: [{ RepositoryName: 'edge-collector', RepositoryType: 'ECR' }],
    });
  });

  test('errors reach the CLI by their modelled name', async () => {
    const e = await aws(
      'describe-entity',
      '--catalog',
      'AWSMarketplace',
      '--entity-id',
      'prod-nothere000000',
    ).catch((err: { stderr: string }) => err);
    expect((e as { stderr: string }).stderr).toContain('(ResourceNotFoundException)');
  });
});
