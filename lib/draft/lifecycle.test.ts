import { describe, expect, it } from 'vitest';
import { attestationsAfterRevise, draftStage, readOnlyReason } from './lifecycle';

const latest = (status: string, failureCode?: string) => ({ changeSetId: 'cs1', status, failureCode });

describe('draftStage', () => {
  it('an open draft is open whatever its history', () => {
    expect(draftStage('open', latest('SUCCEEDED'))).toEqual({ kind: 'open' });
  });
  it('FAILED and CANCELLED can be revised; PREPARING, APPLYING and an unseen change set cannot', () => {
    expect(draftStage('submitted', latest('FAILED', 'CLIENT_ERROR'))).toMatchObject({
      kind: 'revisable',
      status: 'FAILED',
      failureCode: 'CLIENT_ERROR',
    });
    expect(draftStage('submitted', latest('CANCELLED')).kind).toBe('revisable');
    expect(draftStage('submitted', latest('PREPARING')).kind).toBe('in-progress');
    expect(draftStage('submitted', latest('APPLYING')).kind).toBe('in-progress');
    expect(draftStage('submitted', undefined).kind).toBe('in-progress');
    expect(draftStage('submitted', latest('SUCCEEDED')).kind).toBe('succeeded');
  });
});

describe('readOnlyReason', () => {
  it('says why while AWS works on it and after it applied; nothing when it can be revised', () => {
    expect(readOnlyReason(draftStage('submitted', latest('APPLYING')))).toMatch(/applying this revision/);
    expect(readOnlyReason(draftStage('submitted', latest('PREPARING')))).toMatch(/preparing this revision/);
    expect(readOnlyReason(draftStage('submitted', latest('SUCCEEDED')))).toMatch(/duplicate it/);
    expect(readOnlyReason(draftStage('submitted', latest('FAILED')))).toBeUndefined();
  });
});

describe('attestationsAfterRevise', () => {
  it('keeps them after CANCELLED and drops them after FAILED', () => {
    const stored = { r: { by: 'u', at: 't' } };
    expect(attestationsAfterRevise('CANCELLED', stored)).toBe(stored);
    expect(attestationsAfterRevise('FAILED', stored)).toEqual({});
  });
});
