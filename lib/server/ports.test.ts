import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { startEmulator } from '@/lib/emulator';
import { parseEnv } from '@/lib/env';
import { isAddressInUse, portInUseMessage, portsOf } from './ports';

let taken: net.Server;
let port: number;
beforeAll(async () => {
  taken = net.createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  port = (taken.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

describe('ports', () => {
  it('recognises the local service failing on a taken port (what boot turns into one line)', async () => {
    // The listen fails before the service touches its database.
    const err = await startEmulator({ db: {} as Db, port, host: '127.0.0.1' }).catch((e: unknown) => e);
    expect(isAddressInUse(err)).toBe(true);
  });

  it('lists the local service port only when the console starts it', () => {
    const local = portsOf(parseEnv({ CATALOG_TARGET: 'local', EMULATOR_PORT: String(port) }));
    expect(local.map((u) => u.variable)).toEqual(['PORT', 'EMULATOR_PORT']);
    expect(portInUseMessage(local[1]!)).toBe(
      `Port ${port} (the local Catalog API service) is already in use. Stop the program using it, or set EMULATOR_PORT to a free port.`,
    );
    const remote = portsOf(parseEnv({ CATALOG_TARGET: 'local', CATALOG_ENDPOINT: 'http://127.0.0.1:9' }));
    expect(remote.map((u) => u.variable)).toEqual(['PORT']);
  });
});
