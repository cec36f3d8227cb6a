import type { FieldId } from '../fields/ids';

/** What Wharf knows about one asynchronous error code of the Catalog API. */
export interface CodeFacts {
  /**
   * rule: a rule of lib/policy decides it before submission (the rules name the code in
   * `source.code`); chart-preflight: the chart analyser does; not-decidable: only AWS can.
   */
  decided: 'rule' | 'chart-preflight' | 'not-decidable';
  /** Another code whose rules decide this one (a seed typo or an alternative name). */
  alias?: string;
  /** What the seller can do, or how the code is covered (why it is not decidable). */
  advice?: string;
  /** What it means, in plain language, one sentence. */
  explanation: string;
  /** The field it concerns, as a field registry id. */
  field: FieldId;
  /** A code the Catalog API returns for changes seed 001 does not cover (UpdateInformation). */
  isOutsideSeed001?: boolean;
}
