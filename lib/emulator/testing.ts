import {
  DescribeChangeSetCommand,
  MarketplaceCatalogClient,
  StartChangeSetCommand,
  type Change,
} from '@aws-sdk/client-marketplace-catalog';
import type { DbHandle } from '@/lib/db/client';
import { openMemoryDb } from '@/lib/db/testing/template';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from './index';

/* Test helpers for the contract suites: a real server on port 0 over in-memory PGlite, the real SDK client. */

export interface Harness {
  handle: DbHandle;
  emulator: RunningEmulator;
  client: MarketplaceCatalogClient;
  close(): Promise<void>;
}

export function sdkClient(
  url: string,
  extra: { maxAttempts?: number; accessKeyId?: string } = {},
): MarketplaceCatalogClient {
  return new MarketplaceCatalogClient({
    region: 'us-east-1',
    endpoint: url,
    credentials: { accessKeyId: extra.accessKeyId ?? 'x', secretAccessKey: 'y' },
    maxAttempts: extra.maxAttempts,
  });
}

export async function harness(opts: Partial<Omit<EmulatorOptions, 'db'>> = {}): Promise<Harness> {
  const handle = await openMemoryDb();
  // The contract suites poll and burst far past AWS's quotas; a suite about throttling turns it back on.
  const emulator = await startEmulator({
    db: handle.db,
    port: 0,
    stepMs: 40,
    ...opts,
    faults: { throttle: false, ...opts.faults },
  });
  const client = sdkClient(emulator.url);
  return {
    handle,
    emulator,
    client,
    close: async () => {
      client.destroy();
      await emulator.close();
      await handle.close();
    },
  };
}

const TERMINAL = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

/** Polls DescribeChangeSet until the change set reaches a terminal status. */
export async function settle(client: MarketplaceCatalogClient, changeSetId: string, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const out = await client.send(
      new DescribeChangeSetCommand({ Catalog: 'AWSMarketplace', ChangeSetId: changeSetId }),
    );
    if (TERMINAL.includes(out.Status ?? '')) return out;
    if (Date.now() > until) throw new Error(`change set ${changeSetId} still ${out.Status}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}

/** Starts a one-change change set and waits for its outcome. */
export async function run(client: MarketplaceCatalogClient, change: Change) {
  const { ChangeSetId } = await client.send(
    new StartChangeSetCommand({ Catalog: 'AWSMarketplace', ChangeSet: [change] }),
  );
  return settle(client, ChangeSetId!);
}

/** The error codes of the (single) change of a settled change set. */
export const codesOf = (out: Awaited<ReturnType<typeof settle>>) =>
  [
    ...new Set((out.ChangeSet ?? []).flatMap((c) => (c.ErrorDetailList ?? []).map((e) => e.ErrorCode))),
  ].sort();

/** Captures a rejected SDK call's error. */
type SdkError = Error & { $metadata?: { httpStatusCode?: number }; [k: string]: unknown };
export async function failure(p: Promise<unknown>): Promise<SdkError> {
  try {
    await p;
  } catch (e) {
    return e as SdkError;
  }
  throw new Error('expected the call to fail');
}
