// Public surface of the package-group installer preflight (seed 002).
export { preflightPackageGroup, PACKAGE_LIMITS } from './preflight';
export { PACKAGE_RULES, packageRule, type PackageRule, type PackageRuleId } from './rules';
export { CONSTRUCT_PATTERNS } from './patterns';
export type * from './types';
