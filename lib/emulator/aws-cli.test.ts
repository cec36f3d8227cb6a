import { execFile } from 'node:child_process';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEED_ACCOUNT_ID, SEED_DRAFT_PRODUCT_ID, SEED_LIMITED_PRODUCT_ID, SEED_PRODUCT_ID } from './seed';
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
    // Commands with an empty answer (tag-resource, untag-resource) print nothing.
    return (out.stdout.trim() ? JSON.parse(out.stdout) : {}) as Record<string, unknown>;
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
      SEED_LIMITED_PRODUCT_ID,
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
  test('list-change-sets, cancel-change-set and the tag commands work from the CLI', async () => {
    const listed = await aws('list-change-sets', '--catalog', 'AWSMarketplace', '--max-results', '5');
    const first = (listed.ChangeSetSummaryList as { ChangeSetId: string; Status: string }[])[0]!;
    expect(first.ChangeSetId).toMatch(/^\w+$/);
    const done = (listed.ChangeSetSummaryList as { ChangeSetId: string; Status: string }[]).find(
      (c) => c.Status !== 'PREPARING',
    )!;
    const busy = await aws(
      'cancel-change-set',
      '--catalog',
      'AWSMarketplace',
      '--change-set-id',
      done.ChangeSetId,
    ).catch((err: { stderr: string }) => err);
    expect((busy as { stderr: string }).stderr).toContain('(ResourceInUseException)');
    const arn = `arn:aws:aws-marketplace:us-east-1:${SEED_ACCOUNT_ID}:AWSMarketplace/ContainerProduct/${SEED_PRODUCT_ID}`;
    await aws('tag-resource', '--resource-arn', arn, '--tags', 'Key=team,Value=cli');
    const tags = await aws('list-tags-for-resource', '--resource-arn', arn);
    expect(tags.Tags).toContainEqual({ Key: 'team', Value: 'cli' });
    await aws('untag-resource', '--resource-arn', arn, '--tag-keys', 'team');
    const after = await aws('list-tags-for-resource', '--resource-arn', arn);
    expect(after.Tags ?? []).not.toContainEqual({ Key: 'team', Value: 'cli' });
  });

  test('a model constraint reaches the CLI as ValidationException', async () => {
    const e = await aws('describe-entity', '--catalog', 'AWSMarketplace', '--entity-id', 'not valid!').catch(
      (err: { stderr: string }) => err,
    );
    expect((e as { stderr: string }).stderr).toContain('(ValidationException)');
  });
});
