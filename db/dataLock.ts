import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { uptime } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'parley.lock';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `Another Parley (process ${ownerPid}) is already using the data folder ${dataDir}. ` +
        'Close it first, or point this one elsewhere with PARLEY_DATA_DIR.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  file: string;
  release(): void;
}

interface LockContent {
  pid: number;
  startedAt: string;
}

function readOwner(file: string): LockContent | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockContent>;
    return typeof parsed.pid === 'number' && Number.isInteger(parsed.pid) && parsed.pid > 0
      ? { pid: parsed.pid, startedAt: String(parsed.startedAt ?? '') }
      : null;
  } catch {
    return null;
  }
}

/**
 * EPERM means the process exists but belongs to someone else: still alive. A lock
 * written before this computer last booted is stale whatever its pid: after a power
 * loss the number may since have been reused by an unrelated program.
 */
function isAlive({ pid, startedAt }: LockContent): boolean {
  const started = Date.parse(startedAt);
  if (Number.isFinite(started) && started < Date.now() - uptime() * 1000) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One writer per data folder: a lock file created with the exclusive flag holds the
 * owner's pid. SQLite alone would let two processes interleave writes to the same deal
 * (both "last edit wins" autosaves), and a second app's backups and restores would race.
 *
 * A lock left by a process that died (crash, SIGKILL, power loss) is taken over: its pid
 * is no longer alive. An unreadable lock (torn write at the moment of a crash) is stale
 * too. Between reading a stale lock and removing it another starter could win; the
 * re-read just before unlinking narrows that window to a few microseconds, which is
 * acceptable for a desktop app started by hand.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = join(dataDir, LOCK_FILE);
  const content: LockContent = { pid: process.pid, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, JSON.stringify(content));
      } finally {
        closeSync(fd);
      }
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        // Only remove our own lock: never one a later owner took over.
        if (readOwner(file)?.pid === process.pid) {
          try {
            unlinkSync(file);
          } catch {
            // Already gone: nothing to release.
          }
        }
      };
      process.on('exit', release);
      return { file, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    if (owner && isAlive(owner)) throw new DataDirLockedError(dataDir, owner.pid);
    const again = readOwner(file);
    if (again && owner && again.pid !== owner.pid) continue;
    try {
      unlinkSync(file);
    } catch {
      // Someone else removed it first; try to create ours again.
    }
  }
  throw new Error(`Could not take the lock ${file}: other Parley processes keep starting at the same time.`);
}
