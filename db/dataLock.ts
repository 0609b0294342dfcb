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
  /** The kernel's start time of the owner process, where the OS tells it (Linux). */
  processStart?: string | undefined;
}

function readOwner(file: string): LockContent | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockContent>;
    return typeof parsed.pid === 'number' && Number.isInteger(parsed.pid) && parsed.pid > 0
      ? {
          pid: parsed.pid,
          startedAt: String(parsed.startedAt ?? ''),
          processStart: typeof parsed.processStart === 'string' ? parsed.processStart : undefined,
        }
      : null;
  } catch {
    return null;
  }
}

/**
 * When the process with this id started, in clock ticks since boot (field 22 of
 * /proc/<pid>/stat); null where there is no /proc or no such process. Together with the
 * pid it names one process for the life of the machine: a reused pid has another start.
 */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * EPERM means the process exists but belongs to someone else: still alive. A lock
 * written before this computer last booted is stale whatever its pid: after a power
 * loss the number may since have been reused by an unrelated program. Since the boot,
 * the pid may have been reused too (the owner was killed, the pid counter wrapped): where
 * the OS tells a process's start time, a live process that started at another moment
 * than the owner is not the owner.
 */
function isAlive({ pid, startedAt, processStart }: LockContent): boolean {
  const started = Date.parse(startedAt);
  if (Number.isFinite(started) && started < Date.now() - uptime() * 1000) return false;
  const now = processStart ? processStartTime(pid) : null;
  if (now !== null) return now === processStart;
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
 * is no longer alive, or now belongs to a process that started later (compared through
 * /proc on Linux). An OS file lock (flock) would avoid pids altogether, but Node has no
 * flock and the native lock packages are unmaintained; proper-lockfile judges staleness
 * by an mtime its owner must keep touching, which a sleeping laptop stops doing, letting
 * a second Parley take a live lock after wake-up. An unreadable lock (torn write at the moment of a crash) is stale
 * too. Between reading a stale lock and removing it another starter could win; the
 * re-read just before unlinking narrows that window to a few microseconds, which is
 * acceptable for a desktop app started by hand.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = join(dataDir, LOCK_FILE);
  const content: LockContent = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    processStart: processStartTime(process.pid) ?? undefined,
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
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
