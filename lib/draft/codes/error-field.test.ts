import { describe, expect, it } from 'vitest';
import { resolveErrorField, usesLatestTag } from './error-field';

const helm = (images: string[], title = 'Helm') => ({
  DeliveryOptionTitle: title,
  Details: { HelmDeliveryOptionDetails: { ContainerImages: images } },
});

describe('field paths', () => {
  it('maps DUPLICATE_VERSION_TITLE to Version.VersionTitle', () => {
    expect(
      resolveErrorField('DUPLICATE_VERSION_TITLE', { changeType: 'AddDeliveryOptions', details: {} }, 2)
        ?.path,
    ).toBe('ChangeSet[2].DetailsDocument.Version.VersionTitle');
  });

  it("points INVALID_CONTAINER_IMAGE_TAG at the image list of the option whose image uses 'latest'", () => {
    const details = {
      DeliveryOptions: [
        helm(['r/a:1.0']),
        {
          DeliveryOptionTitle: 'ECR',
          Details: { EcrDeliveryOptionDetails: { ContainerImages: ['r/a:1.0', 'r/b:latest'] } },
        },
      ],
    };
    const f = resolveErrorField(
      'INVALID_CONTAINER_IMAGE_TAG',
      { changeType: 'AddDeliveryOptions', details },
      0,
      "Avoid using 'latest' tag.",
    );
    expect(f?.path).toBe(
      'ChangeSet[0].DetailsDocument.DeliveryOptions[1].Details.EcrDeliveryOptionDetails.ContainerImages',
    );
    expect(f?.label).toBe('Container images of “ECR”');
  });

  it('finds the option an image-specific message quotes', () => {
    const details = { DeliveryOptions: [helm(['r/a:1.0'], 'One'), helm(['r/vuln:2'], 'Two')] };
    expect(
      resolveErrorField(
        'SCAN_ERROR',
        { changeType: 'AddDeliveryOptions', details },
        0,
        'Fix … on Image "r/vuln:2".',
      )?.path,
    ).toContain('DeliveryOptions[1].Details.HelmDeliveryOptionDetails.ContainerImages');
  });

  it('uses the title inside Details for UpdateDeliveryOptions, and DeliveryOptionIds for RestrictDeliveryOptions', () => {
    const upd = {
      DeliveryOptions: [{ Id: 'o1', Details: { EcrDeliveryOptionDetails: { DeliveryOptionTitle: 'T' } } }],
    };
    expect(
      resolveErrorField(
        'INVALID_FULFILLMENT_OPTION_TITLE',
        { changeType: 'UpdateDeliveryOptions', details: upd },
        0,
      )?.path,
    ).toBe(
      'ChangeSet[0].DetailsDocument.DeliveryOptions[0].Details.EcrDeliveryOptionDetails.DeliveryOptionTitle',
    );
    expect(
      resolveErrorField(
        'INVALID_DELIVERY_OPTION_IDS',
        { changeType: 'RestrictDeliveryOptions', details: { DeliveryOptionIds: ['x'] } },
        0,
      )?.path,
    ).toBe('ChangeSet[0].DetailsDocument.DeliveryOptionIds');
  });

  it('recognises latest tags', () => {
    expect(usesLatestTag('a.dkr.ecr.us-east-1.amazonaws.com/x/y:latest')).toBe(true);
    expect(usesLatestTag('localhost:5000/x/y')).toBe(true);
    expect(usesLatestTag('x/y:1.0')).toBe(false);
    expect(usesLatestTag('x/y@sha256:abc')).toBe(false);
  });
});
