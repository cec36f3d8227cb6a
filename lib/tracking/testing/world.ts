import type { DbHandle } from '@/lib/db/client';
import { openMemoryDb } from '@/lib/db/testing/template';
import type { RunningEmulator } from '@/lib/emulator';

/**
 * A console database and the real local Catalog API service on port 0, with CATALOG_ENDPOINT
 * pointing at it (set before lib/env is first read, so the real SDK client goes there).
 */
export async function trackingWorld(
  stepMs: number,
): Promise<{ handle: DbHandle; emulator: RunningEmulator; close(): Promise<void> }> {
  const handle = await openMemoryDb();
  const { startEmulator } = await import('@/lib/emulator');
  const emulator = await startEmulator({ db: handle.db, port: 0, stepMs });
  process.env.CATALOG_ENDPOINT = emulator.url;
  return { handle, emulator, close: async () => (await emulator.close(), await handle.close()) };
}

/** Starts a CreateProduct change set over the wire (new products are never locked by each other). */
export async function startCreateProduct(url: string, title: string, token?: string): Promise<string> {
  const res = await fetch(`${url}/StartChangeSet`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      Catalog: 'AWSMarketplace',
      ChangeSetName: title,
      ...(token ? { ClientRequestToken: token } : {}),
      ChangeSet: [
        {
          ChangeType: 'CreateProduct',
          Entity: { Type: 'ContainerProduct@1.0' },
          DetailsDocument: { ProductTitle: title },
        },
      ],
    }),
  });
  const body = (await res.json()) as { ChangeSetId?: string; Message?: string };
  if (!res.ok || !body.ChangeSetId) throw new Error(`StartChangeSet failed: ${res.status} ${body.Message}`);
  return body.ChangeSetId;
}

export async function setFaults(url: string, patch: Record<string, unknown>): Promise<void> {
  await fetch(`${url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
}
