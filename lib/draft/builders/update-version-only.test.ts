import { describe, expect, it } from 'vitest';
import { evaluate } from '@/lib/policy';
import { ctx, request, snapshot } from '@/lib/policy/testing/builders';
import { emptyOption, emptyWizardForm } from '../form';
import { buildDetailsDocument } from './details';

const live = [
  { ...emptyOption('ecr', 'a'), id: 'do-ecr', title: 'Images', images: ['r/x:1'] },
  { ...emptyOption('helm', 'b'), id: 'do-helm', title: 'Chart' },
];
const form = {
  ...emptyWizardForm('UpdateDeliveryOptions'),
  versionId: 'v1',
  baseline: { versionTitle: '1.3.0', releaseNotes: 'Old', options: live },
  versionTitle: '1.3.0',
  releaseNotes: 'Fixes a crash on start.',
  options: live,
};

describe('Update wizard: only the release notes edited', () => {
  const built = buildDetailsDocument(form);

  it('names the version’s delivery options, unchanged, so AWS can find the version', () => {
    expect(built.doc).toEqual({
      Version: { ReleaseNotes: 'Fixes a crash on start.' },
      DeliveryOptions: [
        { Id: 'do-ecr', Details: { EcrDeliveryOptionDetails: {} } },
        { Id: 'do-helm', Details: { HelmDeliveryOptionDetails: {} } },
      ],
    });
    expect(built.optionIndex).toEqual([0, 1]);
  });

  it('is a valid request: the checklist finds no error in it', () => {
    const change = {
      ChangeType: 'UpdateDeliveryOptions',
      Entity: { Identifier: 'prod-abcdefghijklm', Type: 'ContainerProduct@1.0' },
      DetailsDocument: built.doc,
    };
    const errors = evaluate(ctx(request(change), { product: snapshot() })).findings.filter(
      (f) => f.severity === 'error',
    );
    expect(errors.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it('sends nothing extra when nothing changed at all', () => {
    expect(buildDetailsDocument({ ...form, releaseNotes: 'Old' }).doc).toEqual({});
  });
});
