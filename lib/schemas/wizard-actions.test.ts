import { describe, expect, it } from 'vitest';
import { emptyWizardForm } from '@/lib/draft/form';
import { fieldErrorsFrom } from '@/lib/actions/result';
import { saveDraftSchema } from './wizard-actions';

const base = {
  id: '5b0c3f0e-8d7a-4c8e-9f3a-2d1e0b9c7a65',
  revision: 1,
  form: { ...emptyWizardForm('AddDeliveryOptions'), versionTitle: '3.0.0' },
  attested: [],
};

function errorsOf(input: unknown) {
  const parsed = saveDraftSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsFrom(parsed.error);
}

describe('saveDraftSchema', () => {
  it('accepts an ordinary save, emoji included', () => {
    expect(errorsOf({ ...base, form: { ...base.form, releaseNotes: 'Faster 🚀 — déjà vu' } })).toEqual({});
  });

  it.each([
    ['a NUL byte', 'a\0b'],
    ['a lone high surrogate', 'a\uD800b'],
    ['a lone low surrogate', '\uDC00'],
  ])('puts %s in a field at that field', (_, text) => {
    const errors = errorsOf({ ...base, form: { ...base.form, releaseNotes: text } });
    expect(Object.keys(errors)).toEqual(['form.releaseNotes']);
  });

  it('refuses a revision PostgreSQL cannot store', () => {
    expect(Object.keys(errorsOf({ ...base, revision: 2 ** 31 }))).toEqual(['revision']);
    expect(errorsOf({ ...base, revision: 2 ** 31 - 2 })).toEqual({});
  });

  it('refuses a text too large to save, at its field', () => {
    const big = 'x'.repeat(3 * 1024 * 1024);
    const form = { ...base.form, options: [{ ...base.form.options[0]!, usage: big }] };
    const errors = errorsOf({ ...base, form });
    expect(Object.keys(errors)).toContain('form.options.0.usage');
    expect(errors['form.options.0.usage']).toMatch(
      /^This text is too long to save \(at most 40,000 characters\)/,
    );
  });
});
