import { describe, expect, it } from 'vitest';
import { evaluateDraft } from './evaluate-draft';
import { emptyOption, emptyWizardForm } from './form';
import { imageFindings, optionNameOf, valueAtRequestPath } from './finding-places';

const REG = '111122223333.dkr.ecr.us-east-1.amazonaws.com/seller';
const product = { id: 'prod-abcdefghijklm', title: 'Demo' };
const P = 'ChangeSet[0].DetailsDocument';

describe('optionNameOf', () => {
  const names = { titles: ['Helm on EKS', '  '], optionIndex: [0, 1] };
  it('names the option by its title, or by its position while untitled', () => {
    expect(optionNameOf(`${P}.DeliveryOptions[0].Details.X.ContainerImages[1]`, names)).toBe(
      'Delivery option “Helm on EKS”',
    );
    expect(optionNameOf(`${P}.DeliveryOptions[1].DeliveryOptionTitle`, names)).toBe('Delivery option 2');
  });
  it('says nothing for findings that are not about an option', () => {
    expect(optionNameOf(`${P}.Version.VersionTitle`, names)).toBeUndefined();
  });
  it('names a restrict draft’s options by their live labels', () => {
    const n = {
      titles: [],
      optionIndex: [],
      optionIds: ['do-1', 'do-2'],
      labelOfId: (id: string) => `L ${id}`,
    };
    expect(optionNameOf(`${P}.DeliveryOptionIds[1]`, n)).toBe('Delivery option “L do-2”');
  });
});

describe('imageFindings', () => {
  it('reads request paths', () => {
    expect(valueAtRequestPath({ A: [{ B: ['x', 'y'] }] }, 'A[0].B[1]')).toBe('y');
    expect(valueAtRequestPath({ A: [] }, 'A[3].B')).toBeUndefined();
  });
  it('puts each image’s finding at its URI under the option’s images field', () => {
    const form = {
      ...emptyWizardForm('AddDeliveryOptions'),
      options: [
        {
          ...emptyOption('helm', 'a'),
          title: 'Helm',
          images: [`${REG}/app:1.0.0`, ' ', `${REG}/web:latest`],
        },
      ],
    };
    const v = evaluateDraft({ form, product, snapshot: undefined, charts: undefined, attestations: {} });
    const rows = imageFindings(v.evaluation.findings, v.request, v.optionIndex);
    expect(Object.keys(rows)).toEqual(['options.0.images']);
    expect(Object.keys(rows['options.0.images']!)).toEqual([`${REG}/web:latest`]);
    expect(rows['options.0.images']![`${REG}/web:latest`]).toMatch(/latest/);
  });
});
