import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '@/lib/draft/codes/registry';
import { explainError, fixInDraftHref } from './explain';

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

  it.each([...new Set([...seedCodes, ...serviceCodes, ...Object.keys(CODES)])])(
    '%s has a plain-language explanation and a field',
    (code) => {
      expect(CODES[code]?.explanation, code).toMatch(/^[A-Z].{15,}\.$/);
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
      expect(e.explanation).toBe(CODES[code]?.explanation);
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
