import { parseArgs } from 'node:util';
import { z } from 'zod';
import { hashPassword } from 'better-auth/crypto';
import { ConfigError, env } from '@/lib/env';
import { openDatabase, type DbHandle } from '@/lib/db/client';
import { DataDirLockedError } from '@/lib/db/lock';
import {
  createLocalUser,
  getUserByEmail,
  getUserRoles,
  setLocalPassword,
  setUserRoles,
} from '@/lib/db/queries/users';
import { createAuditEntry } from '@/lib/db/queries/audit';
import { passwordSchema } from '@/lib/schemas/auth';

export const ADMIN_USAGE = `Usage: wharf admin --email <address> [--name <name>] [--password-stdin]

Creates a local admin account, or gives an existing account the admin role (its other roles are
kept). Runs against the configured database (DATABASE_URL, or the embedded store in WHARF_DATA_DIR;
stop the console first when it uses the embedded store).

  --email <address>   The account to create or restore.
  --name <name>       Display name of a new account (default: the part of the email before @).
  --password-stdin    Read a new password from standard input (required for a new account);
                      an existing account gets it as its password and is signed out everywhere.
`;

export interface AdminIo {
  out(s: string): void;
  err(s: string): void;
  /** All of standard input (read only with --password-stdin). */
  readStdin(): Promise<string>;
  /** Opens the configured database. */
  open(): Promise<DbHandle>;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

/** The database the console is configured to use (DATABASE_URL, or the embedded store). */
export function openConfiguredDatabase(): Promise<DbHandle> {
  return openDatabase({ url: env().DATABASE_URL, dataDir: env().dataDir });
}

const STD: AdminIo = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  readStdin: () => readAll(process.stdin),
  open: openConfiguredDatabase,
};

const emailSchema = z.email().max(254);

/** `wharf admin …`: resolves to the exit status (0 done, 1 refused or failed, 2 usage). */
export async function runAdmin(argv: string[], io: AdminIo = STD): Promise<number> {
  let values: { email?: string; name?: string; 'password-stdin'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    io.err(`wharf admin: ${(err as Error).message}\n\n${ADMIN_USAGE}`);
    return 2;
  }
  if (values.help) return (io.out(ADMIN_USAGE), 0);
  const email = emailSchema.safeParse(values.email?.trim().toLowerCase());
  if (!email.success) return (io.err(`wharf admin: --email needs an email address\n\n${ADMIN_USAGE}`), 2);

  let password: string | undefined;
  if (values['password-stdin']) {
    const parsed = passwordSchema.safeParse((await io.readStdin()).replace(/\r?\n$/, ''));
    if (!parsed.success) return (io.err(`wharf admin: password: ${parsed.error.issues[0]!.message}\n`), 1);
    password = parsed.data;
  }

  let handle: DbHandle;
  try {
    handle = await io.open();
  } catch (err) {
    if (err instanceof DataDirLockedError || err instanceof ConfigError) {
      io.err(`wharf admin: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  try {
    return await makeAdmin(handle, email.data, values.name, password, io);
  } finally {
    await handle.close();
  }
}

async function makeAdmin(
  { db }: DbHandle,
  email: string,
  name: string | undefined,
  password: string | undefined,
  io: AdminIo,
): Promise<number> {
  const existing = await getUserByEmail(db, email);
  if (!existing && !password) {
    io.err('wharf admin: there is no account with this email; pass --password-stdin to create one\n');
    return 1;
  }
  const passwordHash = password ? await hashPassword(password) : undefined;
  let id: string;
  if (existing) {
    id = existing.id;
    const roles = new Set([...(await getUserRoles(db, id)), 'admin']);
    await setUserRoles(db, id, [...roles], null);
    if (passwordHash) await setLocalPassword(db, id, passwordHash);
  } else {
    const displayName = name?.trim() || email.split('@')[0]!;
    id = await createLocalUser(db, {
      name: displayName,
      email,
      passwordHash: passwordHash!,
      roles: ['admin'],
      createdBy: null,
    });
  }
  await createAuditEntry(db, {
    actorId: null,
    action: 'cli-admin',
    target: id,
    outcome: 'ok',
    details: { created: !existing, passwordSet: Boolean(password) },
  });
  io.out(
    `${email} is an admin${existing ? '' : ' (new account)'}${password ? ' with the new password' : ''}.\n`,
  );
  return 0;
}
