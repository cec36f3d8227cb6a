import { describe, expect, it } from 'vitest';
import {
  addDeliveryOptionsSchema,
  addDeliveryOptionDetailsSchema,
  addRepositoriesSchema,
  restrictDeliveryOptionsSchema,
  updateDeliveryOptionsSchema,
  updateDeliveryOptionsVisibilitySchema,
  startChangeSetSchema,
} from './index';
import { add, ecr, helm, addon, opt, request } from '../testing/builders';

const addDoc = (add([opt('helm')]) as { DetailsDocument: Record<string, unknown> }).DetailsDocument;

describe('AddDeliveryOptions schema', () => {
  it('accepts a valid version with each delivery method', () => {
    for (const kind of ['ecr', 'helm', 'addon'] as const) {
      const doc = (add([opt(kind)]) as { DetailsDocument: unknown }).DetailsDocument;
      expect(addDeliveryOptionsSchema.safeParse(doc).success, kind).toBe(true);
    }
  });
  it('rejects a version title over 64 characters or starting with a space', () => {
    expect(
      addDeliveryOptionsSchema.safeParse({
        ...addDoc,
        Version: { VersionTitle: 'x'.repeat(65), ReleaseNotes: 'n' },
      }).success,
    ).toBe(false);
    expect(
      addDeliveryOptionsSchema.safeParse({ ...addDoc, Version: { VersionTitle: ' 1.0', ReleaseNotes: 'n' } })
        .success,
    ).toBe(false);
  });
  it('rejects Details with two methods or none', () => {
    expect(
      addDeliveryOptionDetailsSchema.safeParse({
        EcrDeliveryOptionDetails: ecr(),
        HelmDeliveryOptionDetails: helm(),
      }).success,
    ).toBe(false);
    expect(addDeliveryOptionDetailsSchema.safeParse({}).success).toBe(false);
  });
  it('enforces image, service and add-on limits', () => {
    expect(
      addDeliveryOptionDetailsSchema.safeParse({ HelmDeliveryOptionDetails: helm({ ContainerImages: [] }) })
        .success,
    ).toBe(false);
    expect(
      addDeliveryOptionDetailsSchema.safeParse({
        HelmDeliveryOptionDetails: helm({ CompatibleServices: ['ECS'] }),
      }).success,
    ).toBe(false);
    expect(
      addDeliveryOptionDetailsSchema.safeParse({
        EksAddOnDeliveryOptionDetails: addon({ AddOnVersion: '1.2' }),
      }).success,
    ).toBe(false);
    expect(
      addDeliveryOptionDetailsSchema.safeParse({
        EcrDeliveryOptionDetails: ecr({ UsageInstructions: 'x'.repeat(4001) }),
      }).success,
    ).toBe(false);
  });
});

describe('other change types', () => {
  it('UpdateDeliveryOptions needs at least one change and accepts a title inside Details', () => {
    expect(updateDeliveryOptionsSchema.safeParse({}).success).toBe(false);
    expect(
      updateDeliveryOptionsSchema.safeParse({
        DeliveryOptions: [
          { Id: 'do-1', Details: { HelmDeliveryOptionDetails: { DeliveryOptionTitle: 'New' } } },
        ],
      }).success,
    ).toBe(true);
  });
  it('RestrictDeliveryOptions needs 1–50 ids', () => {
    expect(restrictDeliveryOptionsSchema.safeParse({ DeliveryOptionIds: [] }).success).toBe(false);
    expect(restrictDeliveryOptionsSchema.safeParse({ DeliveryOptionIds: ['do-1'] }).success).toBe(true);
  });
  it('UpdateDeliveryOptionsVisibility allows only Public', () => {
    expect(
      updateDeliveryOptionsVisibilitySchema.safeParse({
        DeliveryOptions: [{ Id: 'do-1', TargetVisibility: 'Limited' }],
      }).success,
    ).toBe(false);
  });
  it('AddRepositories needs ECR repositories with valid names', () => {
    expect(
      addRepositoriesSchema.safeParse({
        Repositories: [{ RepositoryName: 'nginx-web-app', RepositoryType: 'ECR' }],
      }).success,
    ).toBe(true);
    expect(
      addRepositoriesSchema.safeParse({
        Repositories: [{ RepositoryName: 'Bad Name', RepositoryType: 'ECR' }],
      }).success,
    ).toBe(false);
    expect(addRepositoriesSchema.safeParse({ Repositories: [] }).success).toBe(false);
  });
  it('a change carries Details or DetailsDocument, not both', () => {
    const both = request({
      ChangeType: 'AddRepositories',
      Entity: { Type: 'ContainerProduct@1.0', Identifier: 'p' },
      Details: '{}',
      DetailsDocument: {},
    });
    expect(startChangeSetSchema.safeParse(both).success).toBe(false);
  });
});
