import type { RuleMeta } from './types';
import { RULE_DEFS } from './rules';
import { metaOf } from './evaluate';

/** Metadata of every rule of the catalog, in checklist order. */
export const RULES: readonly RuleMeta[] = RULE_DEFS.map(metaOf);
