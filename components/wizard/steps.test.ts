import { describe, expect, it } from 'vitest';
import { stepIndexOf, stepOfField, WIZARDS } from './steps';

describe('wizard steps as data', () => {
  it('every wizard ends with Review, step titles begin with a verb, final buttons name the action', () => {
    for (const def of Object.values(WIZARDS)) {
      expect(def.steps.at(-1)?.id).toBe('review');
      for (const s of def.steps)
        expect(s.title).toMatch(/^(Name|Describe|Configure|Edit|Choose|Confirm|Review)\b/);
      expect(def.actionLabel).not.toMatch(/submit/i);
    }
  });

  it('finds the step owning a form field (for focus links) and clamps unknown ?step= values', () => {
    const add = WIZARDS.AddDeliveryOptions;
    expect(stepOfField(add, 'versionTitle')).toBe(0);
    expect(stepOfField(add, 'options.1.images')).toBe(1);
    expect(stepOfField(add, 'nothing')).toBe(2);
    expect(stepOfField(WIZARDS.UpdateDeliveryOptionsVisibility, 'optionIds')).toBe(0);
    expect(stepIndexOf(add, 'options')).toBe(1);
    expect(stepIndexOf(add, 'bogus')).toBe(0);
  });
});
