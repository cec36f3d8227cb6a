#!/usr/bin/env node
// Entry point of `npx wharf`: runs the TypeScript CLI through tsx, so no build step is needed.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// Point tsx at the project's tsconfig explicitly so the `@/` alias resolves from any working directory.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });

const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
