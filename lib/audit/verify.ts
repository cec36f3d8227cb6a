import { entryHash, type ChainedContent } from './chain';

/** A stored audit entry as the verifier reads it. */
export interface StoredEntry extends ChainedContent {
  id: number;
  hash: string;
}

/** Where and why the chain breaks. */
export interface ChainBreak {
  id: number;
  reason: 'hash-mismatch' | 'prev-hash-mismatch' | 'unchained';
}

export interface ChainReport {
  entries: number;
  /** Entries written before the chain existed (hash ''), all before the first chained entry. */
  legacy: number;
  /** The id the chain begins at (null while every entry is legacy). */
  firstChainedId: number | null;
  lastHash: string;
  break: ChainBreak | null;
}

/**
 * Walks entries in id order (fed in pages by `push`): a changed entry no longer matches its hash,
 * a removed one leaves its successor pointing at a hash that is not the one before it.
 */
export function chainVerifier() {
  const report: ChainReport = {
    entries: 0,
    legacy: 0,
    firstChainedId: null,
    lastHash: '',
    break: null,
  };
  let chained = false;
  return {
    /** Checks the next entry; false once the chain is broken (later entries are not checked). */
    push(e: StoredEntry): boolean {
      if (report.break) return false;
      report.entries++;
      if (!chained && e.hash === '') {
        report.legacy++;
        return true;
      }
      if (!chained) report.firstChainedId = e.id;
      chained = true;
      const fail = (reason: ChainBreak['reason']) => ((report.break = { id: e.id, reason }), false);
      if (e.hash === '') return fail('unchained');
      if (e.prevHash !== report.lastHash) return fail('prev-hash-mismatch');
      if (entryHash(e) !== e.hash) return fail('hash-mismatch');
      report.lastHash = e.hash;
      return true;
    },
    result: (): ChainReport => ({ ...report }),
  };
}

/** The report of a whole chain held in memory (tests, small logs). */
export function verifyChain(entries: Iterable<StoredEntry>): ChainReport {
  const v = chainVerifier();
  for (const e of entries) if (!v.push(e)) break;
  return v.result();
}
