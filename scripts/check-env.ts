// Validates the environment the way the server will, and checks that its ports are free, so
// `npm start` and `npm run dev` stop with one clear line.
import { ConfigError, parseEnv } from '../lib/env';
import { portsOf, takenPortMessage } from '../lib/server/ports';

function stop(message: string): never {
  console.error(`\nWharf cannot start: ${message}\n`);
  process.exit(1);
}

try {
  const e = parseEnv(process.env);
  const taken = await takenPortMessage(portsOf(e));
  if (taken) stop(taken);
} catch (err) {
  if (err instanceof ConfigError) stop(err.message);
  throw err;
}
