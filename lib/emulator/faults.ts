/** Per-operation request-rate quotas, TPS per account (reference §10.1; unlisted ones set to 5). */
export const QUOTAS: Record<string, number> = {
  ListEntities: 10,
  DescribeEntity: 20,
  StartChangeSet: 5,
  ListChangeSets: 5,
  DescribeChangeSet: 10,
  CancelChangeSet: 5,
  TagResource: 5,
  UntagResource: 5,
  ListTagsForResource: 5,
  PutResourcePolicy: 5,
  GetResourcePolicy: 5,
  DeleteResourcePolicy: 5,
  BatchDescribeEntities: 5,
  ListAssessments: 5,
  DescribeAssessment: 5,
};

export interface FaultConfig {
  /**
   * true (the default, as on AWS): the quotas above; an object: true plus per-operation TPS overrides;
   * false: no throttling, for tests that legitimately burst.
   */
  throttle: boolean | Record<string, number>;
  /** Probability (0..1) that an API call answers 500 InternalServiceException. */
  errorRate: number;
  /** Where an injected 500 happens: before the operation runs, or after it ran (the caller never sees the result). */
  errorPhase: 'request' | 'response';
  /** The next N API calls (optionally only of `failOperation`) answer 500, deterministically. */
  failNext: number;
  failOperation?: string;
  /** Added delay on every API call. */
  latencyMs: number;
  /** Probability that a change set that passed validation fails with SERVER_FAULT. */
  changeSetFaultRate: number;
  /** Open (PREPARING/APPLYING) change sets allowed per account before ServiceQuotaExceededException. */
  maxOpenChangeSets: number;
  /** When set, Seller Operations rejects the next reviews (UpdateVisibility) with this reason (AUDIT_ERROR). */
  reviewRejection: string | null;
}

export const DEFAULT_FAULTS: FaultConfig = {
  throttle: true,
  errorRate: 0,
  errorPhase: 'request',
  failNext: 0,
  latencyMs: 0,
  changeSetFaultRate: 0,
  maxOpenChangeSets: 100,
  reviewRejection: null,
};

export type FaultState = FaultConfig;

/** Token buckets, one per operation: capacity and refill rate equal the TPS quota. */
export class Throttle {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly faults: FaultState) {}

  /** True when the call must be refused with ThrottlingException. */
  take(op: string, now = Date.now()): boolean {
    const cfg = this.faults.throttle;
    if (!cfg) return false;
    const tps = (typeof cfg === 'object' ? cfg[op] : undefined) ?? QUOTAS[op] ?? 5;
    const b = this.buckets.get(op) ?? { tokens: tps, at: now };
    b.tokens = Math.min(tps, b.tokens + ((now - b.at) / 1000) * tps);
    b.at = now;
    this.buckets.set(op, b);
    if (b.tokens < 1) return true;
    b.tokens -= 1;
    return false;
  }

  reset(): void {
    this.buckets.clear();
  }
}

/** Decides whether this call gets an injected 500, consuming one `failNext` if it applies. */
export function shouldFail(faults: FaultState, op: string): boolean {
  if (faults.failNext > 0 && (!faults.failOperation || faults.failOperation === op)) {
    faults.failNext -= 1;
    return true;
  }
  return faults.errorRate > 0 && Math.random() < faults.errorRate;
}

/** Merges a JSON patch from POST /_emulator/faults, ignoring unknown or ill-typed members. */
export function applyFaultPatch(faults: FaultState, patch: Record<string, unknown>): void {
  const t = patch.throttle;
  if (typeof t === 'boolean') faults.throttle = t;
  else if (t && typeof t === 'object')
    faults.throttle = Object.fromEntries(
      Object.entries(t).filter(([, v]) => typeof v === 'number' && v > 0),
    ) as Record<string, number>;
  const num = (k: keyof FaultConfig, min: number, max: number) => {
    const v = patch[k];
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max)
      (faults as unknown as Record<string, number>)[k] = v;
  };
  num('errorRate', 0, 1);
  num('changeSetFaultRate', 0, 1);
  num('failNext', 0, 1000);
  num('latencyMs', 0, 60_000);
  num('maxOpenChangeSets', 1, 1_000_000);
  if (patch.errorPhase === 'request' || patch.errorPhase === 'response') faults.errorPhase = patch.errorPhase;
  if (typeof patch.reviewRejection === 'string' || patch.reviewRejection === null)
    faults.reviewRejection = patch.reviewRejection || null;
  if (typeof patch.failOperation === 'string' || patch.failOperation === null)
    faults.failOperation = (patch.failOperation as string | null) ?? undefined;
}
