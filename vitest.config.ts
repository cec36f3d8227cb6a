import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.resolve(import.meta.dirname)}/` },
      // `server-only` throws outside Next's react-server build; tests run plain Node.
      { find: /^server-only$/, replacement: path.resolve(import.meta.dirname, 'lib/testing/empty.ts') },
    ],
  },
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'app/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'eslint-rules/**/*.test.ts',
      'proxy.test.ts',
    ],
    environment: 'node',
    // One migrated PGlite template per run; test stores start from it (lib/db/testing/template.ts).
    globalSetup: ['lib/db/testing/template-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Node 20 is what this machine has; the SDK's notice about Node 22 is noise in test output.
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // Tests post webhooks to a receiver on this machine, which is refused by default.
      WHARF_WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
    },
  },
});
