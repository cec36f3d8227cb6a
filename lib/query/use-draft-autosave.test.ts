import { describe, expect, it } from 'vitest';
import { shouldAutosave } from './use-draft-autosave';

describe('autosave rule', () => {
  it('saves a change, not what was saved', () => {
    expect(shouldAutosave('b', 'a', undefined)).toBe(true);
    expect(shouldAutosave('a', 'a', undefined)).toBe(false);
  });
  it('does not retry, on its own, the very payload that just failed (no loop of failed saves)', () => {
    expect(shouldAutosave('b', 'a', 'b')).toBe(false);
    expect(shouldAutosave('c', 'a', 'b')).toBe(true);
  });
});
