// Validates the environment the way the server will, so `npm start` stops with one clear line.
import { ConfigError, parseEnv } from '../lib/env';

try {
  parseEnv(process.env);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(`\nWharf cannot start: ${err.message}\n`);
    process.exit(1);
  }
  throw err;
}
