// Child process for the crash test: opens the embedded store, commits numbered rows forever and
// prints each number after its commit returns. The parent kills it with SIGKILL.
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../client';

const dataDir = process.argv[2]!;
// Optional: a migrated template (a dumpDataDir tarball) to start an empty directory from.
const template = process.argv[3];
const handle = await openDatabase({
  dataDir,
  from: template ? new Blob([fs.readFileSync(template)]) : undefined,
});
await handle.db.execute(sql`create table if not exists crash_probe (n integer primary key, pad text)`);
const first = (await handle.db.execute(sql`select coalesce(max(n), 0) as m from crash_probe`)) as unknown as {
  rows: Array<{ m: number }>;
};
const start = Number(first.rows[0]?.m ?? 0);
process.stdout.write(`ready ${start}\n`);
for (let n = start + 1; ; n++) {
  await handle.db.execute(sql`insert into crash_probe (n, pad) values (${n}, repeat('x', 200))`);
  process.stdout.write(`committed ${n}\n`);
}
