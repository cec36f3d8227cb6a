/* The compliance summary of one draft revision: what a reviewer reads, exports and prints. */
import type { RuleStatus, Severity } from '@/lib/policy';
import type { DraftVerdict } from '@/lib/draft/evaluate-draft';
import type { DiffRow } from '@/lib/draft/diff';
import type { EvidenceValue } from './evidence';
import type { ImageScan } from './images';

export interface SummaryAttestation {
  rule: string;
  title: string;
  /** User id and display name of who confirmed, from the session at the time. */
  by: string;
  byName: string;
  at: string;
  /** The draft revision the confirmation was saved as. */
  revision: number;
  /** Set when today's evidence contradicts the confirmation (lib/reviews/contradictions.ts). */
  contradiction?: { message: string; evidence: string[] };
}

export interface SummaryRule {
  id: string;
  title: string;
  status: RuleStatus;
  severity: Severity;
  /** Where the rule comes from: seed 000/001 section or the Catalog API reference, and the AWS code. */
  source: { document: string; code?: string };
  /** The request field pattern the rule concerns. */
  field: string;
  fix: string;
  findings: { path: string; message: string; location?: { file: string; line?: number } }[];
  evidence: EvidenceValue[];
  /** Manual rules: whether a missing confirmation blocks submission. */
  required?: boolean;
  attestation?: SummaryAttestation;
}

export interface SummaryGroup {
  title: string;
  counts: { failed: number; warnings: number; manual: number; passed: number };
  rules: SummaryRule[];
}

export interface SummaryChart {
  option: string;
  filename: string;
  sha256: string;
  size: number;
  analysedAt: string;
  analysedBy: string;
  chart: { name?: string; version?: string };
  /** The option changed since the chart was checked (the wizard asks for a new upload). */
  isStale: boolean;
  images: string[];
  findings: { rule: string; severity: Severity; file?: string; line?: number; message: string }[];
}

export interface ComplianceSummary {
  draft: {
    id: string;
    title: string;
    productId: string;
    productTitle: string;
    changeType: string;
    revision: number;
    status: string;
    updatedAt: string;
  };
  /** Server clock and session user when the summary was made; never the browser's word. */
  generatedAt: string;
  generatedBy: { id: string; name: string };
  /** The verdict's counts: the same numbers the wizard shows. */
  counts: DraftVerdict['counts'];
  /** Rules that do not apply to this draft (the checklist leaves them out). */
  notApplicable: number;
  groups: SummaryGroup[];
  charts: SummaryChart[];
  images: ImageScan[];
  /** Update change types: the diff against the live entity; undefined for the others. */
  diff?: DiffRow[];
  attestations: SummaryAttestation[];
}
