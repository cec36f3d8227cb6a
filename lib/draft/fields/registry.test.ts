import { describe, expect, it } from 'vitest';
import { fieldForPolicyPath } from '../builders/paths';
import { resolveErrorField } from '../codes/error-field';
import { versionDiff } from '../diff';
import { emptyOption, emptyWizardForm, type OptionForm } from '../form';
import { fieldIds, fieldTarget } from './ids';
import { text } from './kinds';
import { lockedFields } from './locks';
import { fieldsOnStep, OPTION_FIELDS } from './registry';

/* A field registered once shows up in every derived view: that is the registry's whole point. */
const withColour = {
  ...OPTION_FIELDS,
  colour: text({
    request: 'ChartColour',
    entity: 'ChartColour',
    label: 'Chart colour',
    methods: { helm: 'always' },
    lock: 'public',
  }),
};
const option = (colour: string) => ({ ...emptyOption('helm', 'k'), id: 'o1', title: 'Helm', colour });
const path = 'ChangeSet[0].DetailsDocument.DeliveryOptions[0].Details.HelmDeliveryOptionDetails.ChartColour';

describe('a field added to the registry', () => {
  it('is mapped from its request path to its form field', () => {
    expect(fieldForPolicyPath(path, [0], withColour)).toBe('options.0.colour');
    // Without the entry the path falls back to the option's title: the mapping really is derived.
    expect(fieldForPolicyPath(path, [0])).toBe('options.0.title');
  });

  it('appears in the Update diff with its label', () => {
    const live = option('blue');
    const form = {
      ...emptyWizardForm('UpdateDeliveryOptions'),
      baseline: { versionTitle: 'V', releaseNotes: '', options: [live as OptionForm] },
      versionTitle: 'V',
      options: [option('green') as OptionForm],
    };
    expect(versionDiff(form, withColour)).toEqual([
      { where: 'Helm', field: 'Chart colour', before: 'blue', after: 'green' },
    ]);
    expect(versionDiff(form)).toEqual([]);
  });

  it('is where an AWS error code naming it points', () => {
    const change = {
      changeType: 'AddDeliveryOptions',
      details: {
        DeliveryOptions: [
          { DeliveryOptionTitle: 'Helm', Details: { HelmDeliveryOptionDetails: { ChartColour: 'x' } } },
        ],
      },
    };
    const codes = { INVALID_CHART_COLOUR: { field: 'option.colour' } };
    expect(resolveErrorField('INVALID_CHART_COLOUR', change, 0, '', { codes, fields: withColour })).toEqual({
      path,
      label: 'Chart colour of “Helm”',
    });
    expect(fieldIds(withColour)).toContain('option.colour');
  });

  it('is locked with the others once the version is public', () => {
    expect(lockedFields([{ id: 'o1' }], true, () => 'Public', withColour)['options.0.colour']).toMatch(
      /public/,
    );
  });
});

describe('field targets', () => {
  it('knows the title sits beside Details on Add and inside it on Update', () => {
    expect(fieldTarget('option.title')).toMatchObject({
      field: 'DeliveryOptionTitle',
      isTopLevelOnAdd: true,
    });
    const add = {
      changeType: 'AddDeliveryOptions',
      details: { DeliveryOptions: [{ DeliveryOptionTitle: 'A', Details: { EcrDeliveryOptionDetails: {} } }] },
    };
    expect(resolveErrorField('INVALID_FULFILLMENT_OPTION_TITLE', add, 0)?.path).toBe(
      'ChangeSet[0].DetailsDocument.DeliveryOptions[0].DeliveryOptionTitle',
    );
  });

  it('turns version and change ids into DetailsDocument targets, and rejects unknown ids', () => {
    expect(fieldTarget('version.releaseNotes')).toEqual({
      scope: 'version',
      field: 'ReleaseNotes',
      label: 'Release notes',
    });
    expect(fieldTarget('change.visibility')).toMatchObject({
      scope: 'option-top',
      field: 'TargetVisibility',
    });
    expect(fieldTarget('change.repositories')).toMatchObject({ scope: 'doc', field: 'Repositories' });
    expect(fieldTarget('option.nope')).toBeUndefined();
  });
});

describe('wizard steps', () => {
  it('own the fields the registry puts on them', () => {
    expect(fieldsOnStep('version')).toEqual(['versionTitle', 'releaseNotes']);
    expect(fieldsOnStep('options')).toEqual(['options']);
    expect(fieldsOnStep('repositories')).toEqual(['repositories']);
    expect(fieldsOnStep('choose')).toEqual(['optionIds']);
  });
});
