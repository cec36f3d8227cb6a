import { createHash } from 'node:crypto';

/* A fixed namespace: the token depends on the failed change set's id alone. */
const NAMESPACE = Buffer.from('6f1d3c2a9b8e4f7d8a5c0e1b2d3f4a5b', 'hex');

/**
 * The ClientRequestToken of the one resubmission of a failed change set, a UUIDv5-style hash of its
 * id: every caller (double click, second tab, another console instance) sends the same token with
 * the same request, so AWS starts one change set and answers all of them with its id.
 */
export function resubmitToken(failedChangeSetId: string): string {
  const h = createHash('sha1').update(NAMESPACE).update(failedChangeSetId, 'utf8').digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
