/**
 * The lock of an embedded PGlite data folder. PGlite is single-process: two
 * processes writing one folder corrupt it. The process that opens the folder
 * (the server, a worker, the CLI) writes `meridian.lock` into it with its PID,
 * and removes it when it closes or exits; a process that finds the lock of a
 * live PID refuses to open the folder and says who holds it. A lock left by a
 * process that died (`kill -9`, a power cut) names a PID no longer running
 * and is taken over.
 *
 * PGlite creates a new cluster only in an empty folder, so the lock is
 * written once the database is open: check with {@link assertDataDirFree}
 * before opening, take it with {@link lockDataDir} right after (which refuses
 * too, should another process have taken it in between).
 *
 * @module
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lock file's name inside the data folder. @example `join(dataDir, DATA_DIR_LOCK_FILE)` */
export const DATA_DIR_LOCK_FILE = 'meridian.lock';

/** Who holds a data folder, as the lock file records it. */
export interface DataDirLockOwner {
  pid: number;
  /** `server`, `worker` or `cli`. */
  holder: string;
  /** When it took the lock (ISO 8601). */
  since: string;
}

/** A held lock. */
export interface DataDirLock {
  /** The lock file's path. */
  file: string;
  /** Removes the lock if this process still holds it (idempotent). */
  release(): void;
}

/** The data folder is held by another running process. */
export class DataDirLockedError extends Error {
  constructor(
    /** The data folder. */
    readonly dataDir: string,
    /** Who holds it. */
    readonly owner: DataDirLockOwner,
  ) {
    super(
      `the embedded database in ${dataDir} is in use by a running Meridian ${owner.holder} (PID ${owner.pid}, since ${owner.since}). ` +
        'PGlite is single-process: stop that process first, or use the admin API of the running server with an operator or admin key.',
    );
    this.name = 'DataDirLockedError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the PID exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): DataDirLockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<DataDirLockOwner>;
    return Number.isInteger(owner.pid) && (owner.pid as number) > 0 ? (owner as DataDirLockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/** The live process holding the folder's lock, if any (not this process). */
function liveOwner(file: string): DataDirLockOwner | undefined {
  const owner = readOwner(file);
  return owner && owner.pid !== process.pid && isRunning(owner.pid) ? owner : undefined;
}

/**
 * Throws {@link DataDirLockedError} when a running process (other than this
 * one) holds the folder's lock; a stale lock, or none, passes.
 *
 * @example
 * ```ts
 * assertDataDirFree('./.meridian-data'); // then open it, then lockDataDir
 * ```
 */
export function assertDataDirFree(dataDir: string): void {
  const owner = liveOwner(join(dataDir, DATA_DIR_LOCK_FILE));
  if (owner) throw new DataDirLockedError(dataDir, owner);
}

/**
 * Takes the lock of a PGlite data folder for this process, or throws
 * {@link DataDirLockedError} when a running process holds it. A lock whose PID
 * is not running (or is this process's own, as after a restart in a fresh
 * container where the server is PID 1 again) is stale and taken over; an
 * unreadable one too. The lock is released by `release()` and, at the latest,
 * when the process exits.
 *
 * @example
 * ```ts
 * assertDataDirFree(dataDir);
 * const db = await openDb({ dataDir });
 * const lock = lockDataDir(dataDir, 'cli');
 * try { ... } finally { lock.release(); }
 * ```
 */
export function lockDataDir(dataDir: string, holder: string): DataDirLock {
  const file = join(dataDir, DATA_DIR_LOCK_FILE);
  const mine: DataDirLockOwner = { pid: process.pid, holder, since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      // `wx`: created only if absent, atomically; two processes cannot both create it.
      writeFileSync(file, `${JSON.stringify(mine)}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error;
      const owner = liveOwner(file);
      if (owner) throw new DataDirLockedError(dataDir, owner);
      // Stale: its process is gone. Remove it and try again (a racing process may win; then it is live).
      try {
        unlinkSync(file);
      } catch {
        /* already removed by another process taking it over */
      }
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readOwner(file)?.pid === process.pid) {
      try {
        unlinkSync(file);
      } catch {
        /* the folder itself is gone */
      }
    }
  };
  process.on('exit', release);
  return { file, release };
}
