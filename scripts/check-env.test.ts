/** `npm start` and `npm run dev` stop with one clear line when a port Wharf needs is taken. */
import { execFile } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
let taken: net.Server;
let takenPort: number;
let freePort: number;

beforeAll(async () => {
  taken = net.createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  takenPort = (taken.address() as net.AddressInfo).port;
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, resolve));
  freePort = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});
afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

function checkEnv(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const base = { PATH: process.env.PATH ?? '', NODE_ENV: 'production', CATALOG_TARGET: 'local' } as const;
  return new Promise((resolve) => {
    const child = execFile(
      path.join(root, 'node_modules/.bin/tsx'),
      [path.join(root, 'scripts/check-env.ts')],
      { cwd: root, env: { ...base, ...env } },
      (_err, _stdout, stderr) => resolve({ code: child.exitCode, stderr }),
    );
  });
}

describe('scripts/check-env', () => {
  it('names the local Catalog API port, and the variable that sets it, and exits 1', async () => {
    const { code, stderr } = await checkEnv({ EMULATOR_PORT: String(takenPort), PORT: String(freePort) });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `Wharf cannot start: Port ${takenPort} (the local Catalog API service) is already in use. Stop the program using it, or set EMULATOR_PORT to a free port.`,
    );
  });

  it('names the console port the same way', async () => {
    const { code, stderr } = await checkEnv({ PORT: String(takenPort) });
    expect(code).toBe(1);
    expect(stderr).toContain(`Port ${takenPort} (the console) is already in use`);
    expect(stderr).toContain('set PORT to a free port');
    expect(stderr).not.toContain('EADDRINUSE');
  });
});
