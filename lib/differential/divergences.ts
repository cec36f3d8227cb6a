import { addVersion, changeOf, eks } from '@/lib/emulator/fixtures';
import { SEED_DRAFT_PRODUCT_ID, SEED_OPTION_EKS_ADDON_ID } from '@/lib/emulator/seed-ids';
import {
  hasEmptyDeliveryOptions,
  hasNonEcrRepository,
  hasUnnamedRepository,
  namesPublicImage,
  unpushedImages,
} from './conditions';
import { helmVersion, probe, SA } from './repro';
import type { Entry } from './review';

/*
 * The ONE reviewed list of checklist/service divergences. `reviewed` entries are real differences;
 * `bug` entries are wrong on one side (judged by seed 001 and the reference's corrections) and must be
 * fixed, then removed: the test "no bug entries remain" fails while any is here.
 */
export const DIVERGENCES: readonly Entry[] = [
  {
    kind: 'reviewed',
    code: 'INVALID_KUBERNETES_VERSION',
    directions: ['B'],
    reason:
      'Which EKS versions AWS supports changes over time and is not published offline; the checklist checks the format only (code table). Seed 001’s add-on examples list versions (1.19, 1.25) the service no longer supports.',
  },
  {
    kind: 'reviewed',
    code: 'INVALID_CONTAINER_IMAGE_URI',
    directions: ['A', 'B'],
    when: (r) => unpushedImages(r).length > 0,
    reason:
      'The service raises it for an image in the product’s own repository whose tag was never pushed: that needs the registry contents, which the console cannot see (the same as IMAGE_NOT_FOUND in the code table).',
  },
  {
    kind: 'reviewed',
    code: 'OVERRIDE_PARAMETER_KEYS_CONTAINS_RESERVED_PARAMETER_KEYS',
    directions: ['C'],
    reason:
      'AWS does not publish the reserved keys ("Reserved keys: [reserved_param_keys]"); the checklist guesses keys starting with AWSMP, the service has no list.',
  },
  {
    kind: 'reviewed',
    code: 'MISSING_REPOSITORY_INFORMATION',
    directions: ['B'],
    changeType: 'AddRepositories',
    when: (r) => hasUnnamedRepository(r) || hasNonEcrRepository(r),
    reason:
      'When a repository has no name or a RepositoryType other than ECR: seed 001 only says "The only allowed value is ECR" and names no code; the checklist blocks it with its own code-less rule (repo-type-ecr), the service with MISSING_REPOSITORY_INFORMATION.',
  },
  {
    kind: 'reviewed',
    code: 'INVALID_ECR_REPOSITORY_NAME',
    directions: ['C'],
    changeType: 'AddRepositories',
    when: hasUnnamedRepository,
    reason:
      'When one repository has no name the service answers MISSING_REPOSITORY_INFORMATION alone and does not judge the other names; seed 001 does not say whether AWS reports both.',
  },
  {
    kind: 'reviewed',
    code: 'NO_CHANGE_FOUND',
    directions: ['C'],
    changeType: 'UpdateDeliveryOptions',
    when: hasEmptyDeliveryOptions,
    reason:
      'An UpdateDeliveryOptions with no delivery options: both sides block it with EMPTY_DELIVERY_OPTION_IDS; the checklist also says that nothing changes, which is true of an empty list.',
  },
  {
    kind: 'reviewed',
    code: 'MISSING_CONTAINER_IMAGES',
    directions: ['C'],
    reason:
      'An option without a delivery method has no images either; the service stops at the method (see the INVALID_DETAILS bug), the checklist reports both.',
  },
  {
    kind: 'bug',
    side: 'checklist',
    code: 'INVALID_CONTAINER_IMAGE_REPOSITORY',
    directions: ['B'],
    repro: probe(
      'images on a product with no repositories',
      helmVersion({}, {}, SEED_DRAFT_PRODUCT_ID),
      SEED_DRAFT_PRODUCT_ID,
    ),
    expected: 'INVALID_CONTAINER_IMAGE_REPOSITORY',
    reason:
      'The snapshot says Repositories: [] (known empty), yet image-product-repository treats no repositories as unknown and stays silent; seed 001: "Provide repositories created through the AddRepositories change type".',
  },
  {
    kind: 'bug',
    side: 'checklist',
    code: 'INVALID_CONTAINER_IMAGE_URI',
    directions: ['C'],
    when: namesPublicImage,
    repro: probe(
      'an image from a public registry',
      helmVersion({ ContainerImages: ['registry.example.com/app:1.0'] }),
    ),
    expected: 'IMAGE_NOT_FOUND',
    reason:
      'For an image outside Amazon ECR seed 001’s code is IMAGE_NOT_FOUND ("The public image URI [x] is invalid"); INVALID_CONTAINER_IMAGE_URI is an ECR image without access to the product. The rules image-no-external-registry and image-marketplace-ecr name the wrong code.',
  },
  {
    kind: 'bug',
    side: 'service',
    code: 'INVALID_CONTAINER_IMAGES',
    directions: ['B'],
    repro: probe('a Docker Hub short name', helmVersion({ ContainerImages: ['nginx:1.25'] })),
    expected: 'IMAGE_NOT_FOUND',
    reason:
      '"nginx:1.25" is a valid public image reference (Docker Hub); seed 001 answers a public image with IMAGE_NOT_FOUND, not "Provide a valid URI".',
  },
  {
    kind: 'bug',
    side: 'service',
    code: 'INVALID_DETAILS',
    directions: ['B'],
    repro: probe(
      'an option without a delivery method',
      addVersion([{ DeliveryOptionTitle: 'x', Details: {} }]),
    ),
    expected: 'INVALID_DELIVERY_OPTIONS_INPUT',
    reason:
      'Seed 001: INVALID_DELIVERY_OPTIONS_INPUT, "ensure that each option has a single delivery method". The checklist says so (and INVALID_DELIVERY_OPTIONS_INPUT shows as direction C on the same request).',
  },
  {
    kind: 'bug',
    side: 'service',
    code: 'INVALID_DELIVERY_OPTIONS_INPUT',
    directions: ['C'],
    repro: probe(
      'an option without a delivery method',
      addVersion([{ DeliveryOptionTitle: 'x', Details: {} }]),
    ),
    expected: 'INVALID_DELIVERY_OPTIONS_INPUT',
    reason: 'The other half of the INVALID_DETAILS bug: the service does not raise the seed’s code.',
  },
  {
    kind: 'bug',
    side: 'service',
    code: 'INVALID_ADDON_NAME_PATTERN',
    directions: ['B'],
    repro: probe('add-on name with a trailing hyphen', addVersion([eks({ AddOnName: 'clairai-' })])),
    expected: 'INVALID_ADDON_NAME',
    reason:
      'Seed 001’s INVALID_ADDON_NAME_PATTERN text ("starts with a letter or digit, and then a combination of letters, digits, and hyphens") admits a trailing hyphen; the service uses it for "clairai-", the checklist says INVALID_ADDON_NAME (its pattern is unpublished). Less certain than the others: review with the seed.',
  },
  {
    kind: 'bug',
    side: 'service',
    code: 'INVALID_ADDON_NAME',
    directions: ['C'],
    repro: probe('add-on name with a trailing hyphen', addVersion([eks({ AddOnName: 'clairai-' })])),
    expected: 'INVALID_ADDON_NAME',
    reason: 'The other half of the INVALID_ADDON_NAME_PATTERN bug.',
  },
  {
    kind: 'bug',
    side: 'service',
    code: 'INCOMPATIBLE_ADDON_TYPE',
    directions: ['C'],
    changeType: 'UpdateDeliveryOptions',
    repro: probe(
      'update the add-on option to another add-on type',
      changeOf('UpdateDeliveryOptions', {
        DeliveryOptions: [
          {
            Id: SEED_OPTION_EKS_ADDON_ID,
            Details: { EksAddOnDeliveryOptionDetails: { AddOnType: 'networking' } },
          },
        ],
      }),
    ),
    expected: 'INCOMPATIBLE_ADDON_TYPE',
    reason:
      'Seed 001 lists (N)INCOMPATIBLE_ADDON_TYPE for UpdateDeliveryOptions ("Reuse the existing add-on type"); the service filters that code out of updates.',
  },
  {
    kind: 'bug',
    side: 'service',
    code: 'OVERRIDE_PARAMETER_KEYS_CONTAINS_SPECIAL_CHARS',
    directions: ['C'],
    repro: probe(
      'override key a-b',
      helmVersion({ OverrideParameters: [SA, { Key: 'a-b', DefaultValue: 'x' }] }),
    ),
    expected: 'OVERRIDE_PARAMETER_KEYS_CONTAINS_SPECIAL_CHARS',
    reason:
      'Seed 001: keys "must use only letters, numbers, double quotes and plus signs" (in dot notation); the service accepts "a-b" and "service_account.name".',
  },
  {
    kind: 'bug',
    side: 'service',
    code: 'INVALID_RELEASE_NOTES',
    directions: ['C'],
    repro: probe('release notes of 30,000 characters', helmVersion({}, { ReleaseNotes: 'x'.repeat(30_000) })),
    expected: 'INVALID_RELEASE_NOTES',
    reason:
      'Reference corrections: "less than 30,000" means 30,000 itself is refused; the service accepts it.',
  },
  {
    kind: 'bug',
    side: 'service',
    code: 'INVALID_SHORT_DESCRIPTION',
    directions: ['C'],
    repro: probe('option description of 1,000 characters', helmVersion({ Description: 'x'.repeat(1000) })),
    expected: 'INVALID_SHORT_DESCRIPTION',
    reason: 'Reference corrections: "less than 1,000" means 1,000 itself is refused; the service accepts it.',
  },
  {
    kind: 'bug',
    side: 'service',
    code: 'rule:override-limits',
    directions: ['C'],
    repro: probe(
      '16 override parameters',
      helmVersion({
        OverrideParameters: [
          SA,
          ...Array.from({ length: 15 }, (_, i) => ({ Key: `key${i}`, DefaultValue: 'x' })),
        ],
      }),
    ),
    expected: 'a refusal (reference §9.3: at most 15 override parameters; no code named)',
    reason: 'The service accepts 16 override parameters.',
  },
  {
    kind: 'bug',
    side: 'service',
    code: 'rule:repos-per-product-limit',
    directions: ['C'],
    repro: probe(
      '51 repositories on one product',
      changeOf('AddRepositories', {
        Repositories: Array.from({ length: 49 }, (_, i) => ({
          RepositoryName: `repo-${i}`,
          RepositoryType: 'ECR',
        })),
      }),
    ),
    expected: 'a refusal (seed 001: "You can only have 50 repositories per product"; no code named)',
    reason: 'The seeded product has 2 repositories; the service accepts 49 more.',
  },
];
