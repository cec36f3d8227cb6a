// A cross-process lock around `next build` and around copying a finished build, so that parallel
// builds in one checkout (several engineers, CI retries) never write the same .next at once.
import fs from 'node:fs';
import path from 'node:path';

const LOCK = path.resolve(import.meta.dirname, '..', '.next-build.lock');

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Waits (up to `timeoutMs`) for the lock; released automatically when this process exits. */
export async function acquireBuildLock(timeoutMs = 15 * 60_000) {
  // Build workers load the config too: they run under the process that already holds the lock.
  if (process.env.WHARF_BUILD_LOCK_HELD) return () => undefined;
  const started = Date.now();
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      const release = () => {
        try {
          if (fs.readFileSync(LOCK, 'utf8') === String(process.pid)) fs.unlinkSync(LOCK);
        } catch {
          /* gone */
        }
      };
      process.once('exit', release);
      process.env.WHARF_BUILD_LOCK_HELD = String(process.pid);
      return release;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      const owner = Number.parseInt(fs.readFileSync(LOCK, 'utf8'), 10);
      if (owner === process.pid || owner === process.ppid) return () => undefined;
      if (!owner || !alive(owner)) {
        fs.rmSync(LOCK, { force: true });
        continue;
      }
      if (!announced) {
        console.log(`Waiting for another build (pid ${owner}) to finish…`);
        announced = true;
      }
      if (Date.now() - started > timeoutMs)
        throw new Error(`Timed out waiting for the build lock held by pid ${owner}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
