import { describe, expect, it } from 'vitest';
import { emptyWizardForm, wizardFormSchema } from './form';
import { splitUnsavable } from './unsavable';

const form = { ...emptyWizardForm('AddDeliveryOptions'), versionTitle: '2.0.0' };
const paste = 'x'.repeat(3 * 1024 * 1024);

describe('splitUnsavable (a multi-megabyte paste)', () => {
  it('sends the last saved value in place of the long text, and everything else as typed', () => {
    const typed = { ...form, options: [{ ...form.options[0]!, title: 'Helm', usage: paste }] };
    const last = { ...form, options: [{ ...form.options[0]!, usage: 'Install with helm.' }] };
    const { form: sent, tooLarge } = splitUnsavable(typed, last);
    expect(sent.options[0]!.usage).toBe('Install with helm.');
    expect(sent.options[0]!.title).toBe('Helm');
    expect(sent.versionTitle).toBe('2.0.0');
    expect(wizardFormSchema.safeParse(sent).success).toBe(true);
    expect(tooLarge).toEqual({
      'options.0.usage':
        'This text is too long to save (at most 40,000 characters). Shorten it: the rest of the draft is still saved.',
    });
    expect(typed.options[0]!.usage).toBe(paste);
  });

  it('empties the field when nothing storable was saved there, and works inside lists', () => {
    const typed = { ...form, releaseNotes: paste, options: [{ ...form.options[0]!, images: ['a', paste] }] };
    const { form: sent, tooLarge } = splitUnsavable(typed, {});
    expect(sent.releaseNotes).toBe('');
    expect(sent.options[0]!.images).toEqual(['a', '']);
    expect(Object.keys(tooLarge).sort()).toEqual(['options.0.images.1', 'releaseNotes']);
  });

  it('leaves a form that can be saved as it is', () => {
    expect(splitUnsavable(form, {})).toEqual({ form, tooLarge: {} });
  });
});
