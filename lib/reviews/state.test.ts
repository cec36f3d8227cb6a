import { describe, expect, it } from 'vitest';
import { atRevision, reviewState, reviewStateLabel, type ReviewEvent } from './state';

let clock = 0;
const ev = (e: Partial<ReviewEvent> & Pick<ReviewEvent, 'kind'>): ReviewEvent => ({
  draftRevision: 3,
  contentHash: 'h3',
  userId: 'r1',
  userName: 'Rita',
  at: new Date(++clock * 1000),
  ...e,
});
const now = { revision: 3, contentHash: 'h3' };

describe('reviewState', () => {
  it('is not requested without events', () => {
    expect(reviewState([], now)).toMatchObject({ kind: 'not-requested', approvals: 0 });
  });

  it('is in review once requested, until a verdict on that revision', () => {
    expect(reviewState([ev({ kind: 'request', userId: 'pm' })], now)).toMatchObject({
      kind: 'in-review',
      revision: 3,
    });
  });

  it('is approved by the current revision and content, counting distinct reviewers', () => {
    const s = reviewState(
      [
        ev({ kind: 'request', userId: 'pm' }),
        ev({ kind: 'verdict', verdict: 'approved' }),
        ev({ kind: 'verdict', verdict: 'approved' }),
        ev({ kind: 'verdict', verdict: 'approved', userId: 'r2', userName: 'Ravi' }),
      ],
      now,
    );
    expect(s).toMatchObject({ kind: 'approved', revision: 3, approvals: 2, approvers: ['Rita', 'Ravi'] });
    expect(reviewStateLabel(s)).toBe('Approved (revision 3, 2 approvals)');
  });

  it('lets a reviewer change their mind: their latest verdict counts', () => {
    const s = reviewState(
      [ev({ kind: 'verdict', verdict: 'approved' }), ev({ kind: 'verdict', verdict: 'changes-requested' })],
      now,
    );
    expect(s).toMatchObject({ kind: 'changes-requested', approvals: 0 });
  });

  it('puts an approval of an earlier revision out of date', () => {
    const s = reviewState([ev({ kind: 'verdict', verdict: 'approved', draftRevision: 2 })], now);
    expect(s).toMatchObject({ kind: 'out-of-date', revision: 2, approvals: 0 });
  });

  it('puts an approval out of date when the content changed under the same revision', () => {
    const s = reviewState([ev({ kind: 'verdict', verdict: 'approved', contentHash: 'other' })], now);
    expect(s).toMatchObject({ kind: 'out-of-date', approvals: 0 });
  });

  it('keeps changes requested on an earlier revision until review is requested again', () => {
    const asked = ev({ kind: 'verdict', verdict: 'changes-requested', draftRevision: 2, comment: 'fix' });
    expect(reviewState([asked], now)).toMatchObject({ kind: 'changes-requested', revision: 2 });
    expect(reviewState([asked, ev({ kind: 'request', userId: 'pm' })], now).kind).toBe('in-review');
  });

  it('one reviewer requesting changes outweighs another approving', () => {
    const s = reviewState(
      [
        ev({ kind: 'verdict', verdict: 'approved', userId: 'r2' }),
        ev({ kind: 'verdict', verdict: 'changes-requested' }),
      ],
      now,
    );
    expect(s).toMatchObject({ kind: 'changes-requested', approvals: 1 });
  });

  it('goes out of date in the wizard as soon as an autosave moves the revision', () => {
    const s = reviewState([ev({ kind: 'verdict', verdict: 'approved' })], now);
    expect(atRevision(s, 3).kind).toBe('approved');
    expect(atRevision(s, 4)).toMatchObject({ kind: 'out-of-date', approvals: 0, revision: 3 });
  });
});
