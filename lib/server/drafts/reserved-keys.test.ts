import { describe, expect, it } from 'vitest';
import { emptyOption, emptyWizardForm, RESERVED_KEY_MESSAGE, wizardFormSchema } from '@/lib/draft/form';
import { verdictOfStoredDraft } from './stored-draft';

const KEYS = ['constructor', '__proto__', 'toString'];

function formWith(keys: string[]) {
  const form = emptyWizardForm('AddDeliveryOptions');
  form.versionId = 'version-1';
  form.options = keys.map((k) => ({ ...emptyOption('helm', k), title: `Option ${k}` }));
  return form;
}

describe('option keys that are names objects already have', () => {
  it.each(KEYS)('the form schema refuses %s at the field', (key) => {
    const r = wizardFormSchema.safeParse(formWith([key]));
    expect(r.success).toBe(false);
    expect(r.error!.issues).toContainEqual(
      expect.objectContaining({ path: ['options', 0, 'key'], message: RESERVED_KEY_MESSAGE }),
    );
  });

  it.each(KEYS)('the form schema refuses %s as an override or environment key, at that field', (key) => {
    const form = formWith(['k1']);
    const row = { key: `global.${key}`, defaultValue: '', label: '', description: '', obfuscate: false };
    form.options[0] = { ...form.options[0]!, overrides: [row], envOverrides: [{ key, value: 'x' }] };
    const paths = wizardFormSchema.safeParse(form).error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['options.0.overrides.0.key', 'options.0.envOverrides.0.key']),
    );
  });

  it('a stored draft with such keys (and charts stored under them) still loads and evaluates', () => {
    const chart = { filename: 'c.tgz', analysis: { findings: [] } };
    // As jsonb comes back: JSON.parse makes "__proto__" an own key.
    const charts = JSON.parse(JSON.stringify({ toString: chart }).replace('"toString"', '"__proto__"'));
    const form = formWith(KEYS);
    form.options[0]!.overrides = KEYS.map((key) => ({
      key,
      defaultValue: '',
      label: '',
      description: '',
      obfuscate: false,
    }));
    form.options[0]!.envOverrides = KEYS.map((key) => ({ key, value: '${AWS_REGION}' }));
    const stored = {
      productId: 'prod-1',
      productTitle: 'Product',
      changeType: 'AddDeliveryOptions',
      data: JSON.parse(JSON.stringify(form)),
      charts,
      attestations: {},
    };
    const verdict = verdictOfStoredDraft(stored, undefined);
    expect(verdict.request.ChangeSet[0]!.ChangeType).toBe('AddDeliveryOptions');
    expect(verdict.optionIndex).toHaveLength(3);
    expect(typeof verdict.counts.failed).toBe('number');
  });
});
