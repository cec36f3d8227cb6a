import {
  DescribeChangeSetCommand,
  DescribeEntityCommand,
  StartChangeSetCommand,
  type StartChangeSetCommandInput,
} from '@aws-sdk/client-marketplace-catalog';
import { harness, type Harness } from '@/lib/emulator/testing';

/*
 * Drives the local Catalog API service through the real SDK. One request at a time per instance: a
 * product accepts one change set at a time (entity locks), so each waits for its terminal state.
 */

/** What the service answered: refused at StartChangeSet, or the terminal status and async error codes. */
export type ServiceOutcome =
  { kind: 'refused'; error: string } | { kind: 'settled'; status: string; codes: string[] };

// 20 ms steps keep each change set under ~100 ms; the bound on polls turns a stuck engine into a failure, not a hang.
const STEP_MS = 20;
const MAX_POLLS = 400;

export class Service {
  private constructor(private readonly h: Harness) {}

  /** A fresh seeded world, throttling off: the harness sends far above AWS's TPS quotas on purpose. */
  static async start(): Promise<Service> {
    return new Service(await harness({ stepMs: STEP_MS, faults: { throttle: false } }));
  }

  close(): Promise<void> {
    return this.h.close();
  }

  /** The DescribeEntity answer for a product, as the console would read it. */
  describe(entityId: string): Promise<unknown> {
    return this.h.client.send(new DescribeEntityCommand({ Catalog: 'AWSMarketplace', EntityId: entityId }));
  }

  /** Starts the change set and polls DescribeChangeSet until it ends. */
  async submit(request: unknown): Promise<ServiceOutcome> {
    let id: string;
    try {
      const out = await this.h.client.send(new StartChangeSetCommand(request as StartChangeSetCommandInput));
      id = out.ChangeSetId!;
    } catch (e) {
      return { kind: 'refused', error: (e as Error).name };
    }
    for (let i = 0; i < MAX_POLLS; i++) {
      const out = await this.h.client.send(
        new DescribeChangeSetCommand({ Catalog: 'AWSMarketplace', ChangeSetId: id }),
      );
      if (out.Status === 'SUCCEEDED' || out.Status === 'FAILED' || out.Status === 'CANCELLED') {
        const codes = (out.ChangeSet ?? []).flatMap((c) =>
          (c.ErrorDetailList ?? []).map((e) => e.ErrorCode!),
        );
        return { kind: 'settled', status: out.Status, codes: [...new Set(codes)].sort() };
      }
      await this.h.emulator.engine.nextDue().then((due) => waitUntil(due));
    }
    throw new Error(`change set ${id} did not end after ${MAX_POLLS} polls`);
  }

  /** Restores the seeded world, so the next request sees the product a successful one changed. */
  async reset(): Promise<void> {
    const res = await fetch(`${this.h.emulator.url}/_emulator/reset`, { method: 'POST', body: '{}' });
    if (!res.ok) throw new Error(`reset answered ${res.status}`);
  }
}

/** Waits until the engine's next due transition (at most one step): polling, not a fixed sleep. */
function waitUntil(due: Date | undefined): Promise<void> {
  const ms = due ? Math.min(STEP_MS, Math.max(1, due.getTime() - Date.now())) : 1;
  return new Promise((r) => setTimeout(r, ms));
}
