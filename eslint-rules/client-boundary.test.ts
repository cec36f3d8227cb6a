import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import plugin from './client-boundary.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, sourceType: 'module' } });
const rules = plugin.rules;

tester.run('client-boundary', rules['client-boundary'], {
  valid: [
    { filename: '/repo/app/(console)/x/page.tsx', code: "import { getDb } from '@/lib/db/runtime';" },
    {
      filename: '/repo/app/(console)/x/_components/a.tsx',
      code: "'use client';\nimport type { VersionView } from '@/lib/catalog/types';",
    },
    {
      filename: '/repo/components/a.tsx',
      code: "import { type ProductDetail } from '@/lib/catalog/types';",
    },
    { filename: '/repo/components/a.test.ts', code: "import { getDb } from '@/lib/db/runtime';" },
  ],
  invalid: [
    {
      filename: '/repo/app/(console)/x/_components/a.tsx',
      code: "'use client';\nimport { fieldForPolicyPath } from '@/lib/catalog/builders';",
      errors: 1,
    },
    { filename: '/repo/components/a.tsx', code: "import { env } from '@/lib/env';", errors: 1 },
    {
      filename: '/repo/lib/query/use-x.ts',
      code: "import { x } from '@aws-sdk/client-marketplace-catalog';",
      errors: 1,
    },
  ],
});

tester.run('lib-below-components', rules['lib-below-components'], {
  valid: [{ filename: '/repo/lib/a.ts', code: "import { x } from '@/lib/policy';" }],
  invalid: [
    {
      filename: '/repo/lib/a.ts',
      code: "import type { SaveState } from '@/components/draft/save-status';",
      errors: 1,
    },
    { filename: '/repo/lib/query/a.ts', code: "import { x } from '../../components/ui/cn';", errors: 1 },
  ],
});
