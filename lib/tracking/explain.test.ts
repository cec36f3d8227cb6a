import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_TABLE } from '@/lib/policy';
import { explainError, fixInDraftHref } from './explain';
import { EXPLANATIONS } from './explanations';
import { CODE_FIELDS } from './field-map';
import { resolveErrorField, usesLatestTag } from './field-path';

/** Every code seed 001 lists (an error code line is followed by a blank line and its message). */
const seedCodes = [
  ...new Set(
    fs
      .readFileSync(path.resolve('lib/policy/fixtures/seed-001.txt'), 'utf8')
      .match(/^[A-Z][A-Z_]{4,}[A-Z]$/gm) ?? [],
  ),
].filter((c) => !/^(AWSMP_|AWS_|HELM_|EKS_|CONTAINER_IMAGE_TAG_REGEX)/.test(c));
/** Every code the local Catalog API service can put in an ErrorDetailList. */
const serviceCodes = [
  ...new Set(
    fs
      .readdirSync('lib/emulator/changes')
      .flatMap(
        (f) =>
          fs.readFileSync(path.join('lib/emulator/changes', f), 'utf8').match(/'[A-Z][A-Z_]{5,}'/g) ?? [],
      )
      .map((s) => s.slice(1, -1)),
  ),
].filter((c) => c !== 'SERVER_FAULT');

describe('error explanations', () => {
  it('found the codes to check', () => {
    expect(seedCodes.length).toBeGreaterThan(80);
    expect(serviceCodes.length).toBeGreaterThan(60);
  });

  it.each([...new Set([...seedCodes, ...serviceCodes, ...CODE_TABLE.map((c) => c.code)])])(
    '%s has a plain-language explanation and a field',
    (code) => {
      expect(EXPLANATIONS[code], code).toMatch(/^[A-Z].{15,}\.$/);
      expect(CODE_FIELDS[code], code).toBeDefined();
      const e = explainError(
        { code, message: 'm' },
        {
          change: {
            changeType: 'AddDeliveryOptions',
            details: { Version: {}, DeliveryOptions: [{ Details: { HelmDeliveryOptionDetails: {} } }] },
          },
          changeIndex: 0,
          changeSetId: 'cs1',
          draftId: 'd1',
        },
      );
      expect(e.explanation).toBe(EXPLANATIONS[code]);
      expect(e.fix.length).toBeGreaterThan(10);
      expect(e.field?.path).toMatch(/^ChangeSet\[0\]\.DetailsDocument/);
    },
  );

  it('names the rule that prevents a code and uses its fix', () => {
    const e = explainError(
      { code: 'INVALID_CONTAINER_IMAGE_TAG', message: "Avoid using 'latest' tag." },
      { change: { changeType: 'AddDeliveryOptions', details: {} }, changeIndex: 0, changeSetId: 'cs1' },
    );
    expect(e.rule?.id).toBeTruthy();
    expect(e.fix).not.toMatch(/Checked before submission/);
  });

  it('shows the SCAN_ERROR findings link and when it expires (60 days after the end)', () => {
    const msg =
      'Fix security vulnerability "CVE-2024-3094" on Image "x". Findings: http://127.0.0.1:4010/_emulator/findings/abc123.json';
    const e = explainError(
      { code: 'SCAN_ERROR', message: msg },
      {
        change: { changeType: 'AddDeliveryOptions', details: {} },
        changeIndex: 0,
        changeSetId: 'cs1',
        endTime: '2026-01-01T00:00:00Z',
      },
      Date.parse('2026-02-01T00:00:00Z'),
    );
    expect(e.findingsUrl).toBe('http://127.0.0.1:4010/_emulator/findings/abc123.json');
    expect(e.findingsExpiresAt).toBe('2026-03-02T00:00:00.000Z');
    expect(e.findingsExpired).toBe(false);
  });
});

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

describe('Fix in draft links', () => {
  it('opens the draft the change set came from at the field', () => {
    expect(
      fixInDraftHref({
        changeSetId: 'cs1',
        draftId: 'd-1',
        changeIndex: 0,
        path: 'ChangeSet[0].DetailsDocument.Version.VersionTitle',
        code: 'DUPLICATE_VERSION_TITLE',
      }),
    ).toBe(
      '/drafts/d-1?focus=ChangeSet%5B0%5D.DetailsDocument.Version.VersionTitle&awsError=DUPLICATE_VERSION_TITLE',
    );
  });

  it('opens a new draft prefilled from the change when there is no draft', () => {
    const href = fixInDraftHref({
      changeSetId: 'cs1',
      changeIndex: 1,
      path: 'ChangeSet[1].DetailsDocument.Version.VersionTitle',
      code: 'X',
    });
    const u = new URL(href, 'http://x');
    expect(u.pathname).toBe('/drafts/new');
    expect(Object.fromEntries(u.searchParams)).toEqual({
      fromChangeSet: 'cs1',
      change: '1',
      focus: 'ChangeSet[1].DetailsDocument.Version.VersionTitle',
      awsError: 'X',
    });
  });
});
