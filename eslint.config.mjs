import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import wharf from './eslint-rules/client-boundary.mjs';

const sdk = ['@aws-sdk/*'];
const serverOnly = [
  '@/lib/catalog',
  '@/lib/catalog/*',
  '@/lib/db',
  '@/lib/db/*',
  '@/lib/auth',
  '@/lib/auth/*',
  '@/lib/env',
  '@/lib/emulator',
  '@/lib/emulator/*',
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'node_modules/**',
    '.data/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'lib/db/migrations/**',
    'bench/.out/**',
    'e2e/.tmp/**',
    'lib/chart/fixtures/**',
  ]),
  {
    // Layers (HOUSE-STYLE): client code stays off the server-only layers; lib/ never imports components/.
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { wharf },
    rules: { 'wharf/client-boundary': 'error', 'wharf/lib-below-components': 'error' },
  },
  {
    // lib/catalog speaks the Catalog API's shapes, not the wizard's form.
    files: ['lib/catalog/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/draft', '@/lib/draft/*', '@/lib/schemas/wizard-form', '@/components/*'],
              message: 'lib/catalog must not depend on the wizard form (lib/draft builds requests).',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Browser code never reaches the server-only layers or the AWS SDK.
    files: ['components/**/*.{ts,tsx}', 'lib/query/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...serverOnly, ...sdk],
              message:
                'Client code must not import server-only layers (lib/catalog, lib/db, lib/auth, lib/env, lib/emulator) or the AWS SDK.',
            },
          ],
        },
      ],
    },
  },
  {
    // The rule catalog is pure: zod and itself only.
    files: ['lib/policy/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@/*',
                '!@/lib',
                '@/lib/*',
                '!@/lib/policy',
                '!@/lib/policy/*',
                '!@/lib/facts',
                '@/lib/facts/*',
                '!@/lib/facts/*.json',
                'node:*',
                'fs',
                'path',
                'react',
                'next',
                'next/*',
                ...sdk,
              ],
              message: 'lib/policy is pure: it imports zod, itself and the data files of lib/facts only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The chart analyser is pure too (lib/chart/io does the I/O; lib/chart/worker runs it in a thread).
    files: ['lib/chart/**/*.ts'],
    ignores: ['lib/chart/**/*.test.ts', 'lib/chart/io/**', 'lib/chart/worker/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@/lib/db',
                '@/lib/db/*',
                '@/lib/catalog',
                '@/lib/catalog/*',
                'node:fs',
                'fs',
                'react',
                'next',
                'next/*',
                ...sdk,
              ],
              message: 'lib/chart analysis is pure.',
            },
          ],
        },
      ],
    },
  },
  {
    // The local Catalog API service and the checklist are two independent readings of the same rules.
    files: ['lib/emulator/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@/lib/policy',
                '@/lib/policy/*',
                '@/lib/draft',
                '@/lib/draft/*',
                '**/policy',
                '**/policy/*',
                '**/draft',
                '**/draft/*',
              ],
              message:
                'lib/emulator must not import lib/policy or lib/draft: the two implementations stay independent.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only lib/catalog (and the emulator's own contract tests) talk to the AWS SDK.
    files: [
      'app/**/*.{ts,tsx}',
      'lib/actions/**/*.ts',
      'lib/db/**/*.ts',
      'lib/auth/**/*.ts',
      'lib/tracking/**/*.ts',
      'lib/server/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: sdk, message: 'Only lib/catalog imports the AWS SDK.' }] },
      ],
    },
  },
]);
