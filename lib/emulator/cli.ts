/*
 * Standalone runner: `npm run emulator -- [--port 4010] [--host 127.0.0.1] [--step-ms 5000] [--no-throttle]`,
 * `npm run emulator -- reset`, `npm run emulator -- push <repository>:<tag> [--vulnerable]`.
 * A standalone program, so it reads process.env itself (DATABASE_URL, EMULATOR_PORT).
 */
import { sql } from 'drizzle-orm';
import { openDatabase, type DbHandle } from '@/lib/db/client';
import { emuEntity } from '@/lib/db/schema';
import { repositoryUrlOf } from './admin';
import { resetEmulator, startEmulator } from './index';
import { pushImage } from './store/images';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
function option(name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}
const positional = args.filter(
  (a, i) =>
    !a.startsWith('--') &&
    !(i > 0 && args[i - 1]!.startsWith('--') && !['--vulnerable', '--no-throttle'].includes(args[i - 1]!)),
);
const port = Number(option('port') ?? process.env.EMULATOR_PORT ?? 4010);

const open = (): Promise<DbHandle> =>
  openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: '.data' });

async function serve(): Promise<void> {
  const handle = await open();
  const stepMs = option('step-ms') ? Number(option('step-ms')) : undefined;
  const emulator = await startEmulator({
    db: handle.db,
    port,
    host: option('host'),
    stepMs,
    reviewMs: option('review-ms') ? Number(option('review-ms')) : undefined,
    faults: flag('no-throttle') ? { throttle: false } : {},
  });
  console.log(
    `Catalog API emulator listening on ${emulator.url} (database: ${handle.location}, step ${stepMs ?? 5000} ms)`,
  );
  console.log(
    `Try: AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=y aws --region us-east-1 --endpoint-url ${emulator.url} marketplace-catalog list-entities --catalog AWSMarketplace --entity-type ContainerProduct`,
  );
  const stop = async () => {
    await emulator.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

async function push(ref: string | undefined): Promise<void> {
  const m = ref ? /^(.+):([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})$/.exec(ref) : null;
  if (!m) throw new Error('Usage: npm run emulator -- push <repository>:<tag> [--vulnerable]');
  const [, repository, tag] = m as unknown as [string, string, string];
  const body = { repository, tag, ...(flag('vulnerable') ? { vulnerable: true } : {}) };
  // Prefer the running service, which owns the database; fall back to writing the database directly.
  try {
    const res = await fetch(`${option('url') ?? `http://127.0.0.1:${port}`}/_emulator/push`, {
      method: 'POST',
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(2000),
    });
    console.log(JSON.stringify(await res.json(), null, 2));
    if (!res.ok) process.exitCode = 1;
    return;
  } catch {
    /* no service running: write the database */
  }
  const handle = await open();
  try {
    const url = repositoryUrlOf(repository);
    const owner = await handle.db
      .select({ id: emuEntity.entityId })
      .from(emuEntity)
      .where(sql`${emuEntity.details}->'Repositories' @> ${JSON.stringify([{ Url: url }])}::jsonb`)
      .limit(1);
    if (!owner[0])
      throw new Error(
        `Repository ${url} does not exist. Create it with an AddRepositories change set first.`,
      );
    console.log(
      JSON.stringify(await pushImage(handle.db, url, tag, flag('vulnerable') || undefined), null, 2),
    );
  } finally {
    await handle.close();
  }
}

async function reset(): Promise<void> {
  const handle = await open();
  try {
    await resetEmulator(handle.db);
    console.log('Emulator state reset to the seeded world.');
  } finally {
    await handle.close();
  }
}

const command = positional[0];
const run = command === 'reset' ? reset() : command === 'push' ? push(positional[1]) : serve();
run.catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
