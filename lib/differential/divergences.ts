import {
  hasEmptyDeliveryOptions,
  hasNonEcrRepository,
  hasUnnamedRepository,
  passesRepositoryLimit,
} from './conditions';
import type { Entry } from './review';

/*
 * The ONE reviewed list of checklist/service divergences. `reviewed` entries are real differences;
 * `bug` entries are wrong on one side (judged by seed 001 and the reference's corrections) and must be
 * fixed, then removed: the test "no bug entries remain" fails while any is here.
 */
export const DIVERGENCES: readonly Entry[] = [
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
    code: 'MISSING_REPOSITORY_INFORMATION',
    directions: ['B'],
    changeType: 'AddRepositories',
    when: passesRepositoryLimit,
    reason:
      'Past the 50 repositories per product: seed 001 states the limit but names no code for it. The checklist blocks it with its code-less rule (repos-per-product-limit); the service has to answer with some code and uses the repository one, MISSING_REPOSITORY_INFORMATION. Claiming that code for the checklist would present a guess as AWS’s answer.',
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
      'An option without a delivery method has no images either; the service stops at the method (INVALID_DELIVERY_OPTIONS_INPUT), the checklist reports both.',
  },
];
