import type { Rule } from 'eslint';

declare const plugin: { rules: Record<'client-boundary' | 'lib-below-components', Rule.RuleModule> };
export default plugin;
