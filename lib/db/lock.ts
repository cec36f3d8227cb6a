import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite is single-user: two processes on one data directory corrupt it. This O_EXCL pid lock sits
 * beside the data directory. A lock held by a live process is never taken over; one left by a dead
 * process is removed.
 */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockPathFor(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, '')}.lock`;
}

/** Takes the lock or throws DataDirLockedError naming the owner. Returns a release function. */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = lockPathFor(dataDir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, `${process.pid}\n`);
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number.parseInt(safeRead(lockPath), 10);
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new DataDirLockedError(
          `The embedded database at ${dataDir} is already open in another process (pid ${owner}). ` +
            'Only one Wharf process may use it: stop the other one, or set DATABASE_URL to use PostgreSQL.',
        );
      }
      // Stale lock from a process that no longer exists (or an empty file from a crash mid-write).
      try {
        fs.unlinkSync(lockPath);
      } catch {
        /* someone else removed it first */
      }
    }
  }
  throw new DataDirLockedError(`Could not lock the embedded database at ${dataDir}.`);
}

function safeRead(p: string): string {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}
