import 'server-only';
import { describeChangeSet, listChangeSets, type ListChangeSetsInput } from '@/lib/catalog/change-sets';
import type { ChangeSetDetail, ChangeSetSummary } from '@/lib/catalog/types';

/** The two Catalog API reads tracking makes. Tests wrap the real one to count calls. */
export interface CatalogPort {
  describe(id: string): Promise<ChangeSetDetail>;
  list(input: ListChangeSetsInput): Promise<{ items: ChangeSetSummary[]; nextToken?: string }>;
}

/** The real Catalog API, one attempt per call: the tracker paces and retries itself. */
export const catalogPort: CatalogPort = {
  describe: (id) => describeChangeSet(id, { singleAttempt: true }),
  list: (input) => listChangeSets({ ...input, singleAttempt: true }),
};

/** ListChangeSets' date filters take whole seconds: YYYY-MM-DDTHH:MM:SSZ. */
export function awsDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
