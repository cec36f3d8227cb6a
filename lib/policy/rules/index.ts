import type { Rule } from '../rule';
import { CHANGE_SET_RULES } from './change-set';
import { IMAGE_RULES } from './images';
import { VERSION_TEXT_RULES, OPTION_TEXT_RULES } from './text-fields';
import { TITLE_RULES } from './titles';
import { SERVICE_RULES } from './services';
import { RESOURCE_RULES } from './resources';
import { HELM_RULES } from './helm';
import { OVERRIDE_RULES } from './overrides';
import { CHART_IMAGE_RULES } from './chart-images';
import { EKS_ADDON_FIELD_RULES } from './eks-addon-fields';
import { EKS_ADDON_PRODUCT_RULES } from './eks-addon-product';
import { UPDATE_RULES } from './update';
import { RESTRICT_RULES } from './restrict';
import { VISIBILITY_RULES } from './visibility';
import { REPOSITORY_RULES } from './repositories';
import { USAGE_RULES } from './usage';
import { MANUAL_RULES } from './manual';

/** Every rule, in checklist order. */
export const RULE_DEFS: readonly Rule[] = [
  ...CHANGE_SET_RULES,
  ...VERSION_TEXT_RULES,
  ...TITLE_RULES,
  ...OPTION_TEXT_RULES,
  ...SERVICE_RULES,
  ...RESOURCE_RULES,
  ...IMAGE_RULES,
  ...HELM_RULES,
  ...OVERRIDE_RULES,
  ...CHART_IMAGE_RULES,
  ...EKS_ADDON_FIELD_RULES,
  ...EKS_ADDON_PRODUCT_RULES,
  ...UPDATE_RULES,
  ...RESTRICT_RULES,
  ...VISIBILITY_RULES,
  ...REPOSITORY_RULES,
  ...USAGE_RULES,
  ...MANUAL_RULES,
];
