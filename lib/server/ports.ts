import net from 'node:net';
import type { Env } from '@/lib/env';

export interface PortUse {
  port: number;
  /** The address the server will listen on; undefined is every address, as Next listens. */
  host?: string;
  /** The environment variable that sets the port. */
  variable: string;
  /** What listens there, for the message. */
  what: string;
}

/** The ports Wharf listens on with this configuration. */
export function portsOf(e: Env): PortUse[] {
  const ports: PortUse[] = [{ port: e.PORT, variable: 'PORT', what: 'the console' }];
  if (e.isLocalCatalog && !e.CATALOG_ENDPOINT)
    ports.push({
      port: e.EMULATOR_PORT,
      host: '127.0.0.1',
      variable: 'EMULATOR_PORT',
      what: 'the local Catalog API service',
    });
  return ports;
}

export function isAddressInUse(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'EADDRINUSE';
}

export function portInUseMessage(use: PortUse): string {
  return `Port ${use.port} (${use.what}) is already in use. Stop the program using it, or set ${use.variable} to a free port.`;
}

/** The message for the first of `uses` Wharf could not listen on (taken, or privileged), else undefined. */
export async function takenPortMessage(uses: PortUse[]): Promise<string | undefined> {
  for (const use of uses) {
    const problem = await new Promise<string | undefined>((resolve, reject) => {
      const probe = net.createServer();
      probe.once('error', (err: NodeJS.ErrnoException) => {
        if (isAddressInUse(err)) resolve(portInUseMessage(use));
        else if (err.code === 'EACCES')
          resolve(
            `Port ${use.port} (${use.what}) needs privileges. Set ${use.variable} to a port above 1023.`,
          );
        else reject(err);
      });
      probe.listen(use.port, use.host, () => probe.close(() => resolve(undefined)));
    });
    if (problem) return problem;
  }
  return undefined;
}
