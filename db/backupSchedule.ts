import { statSync } from 'node:fs';
import { type BackupFile, backupDatabase, listBackups } from './backup';
import type { Database } from './database';

/** Every 30 minutes while running, and only if something was written since the last one. */
export const BACKUP_INTERVAL_MS = 30 * 60 * 1000;

export interface BackupLog {
  error(message: string, error: unknown): void;
}

export interface BackupSchedule {
  /** One periodic check now (the timer calls this); resolves to the backup made, if any. */
  tick(): Promise<BackupFile | null>;
  stop(): void;
}

const lastWrite = (file: string): number => {
  let newest = 0;
  for (const path of [file, `${file}-wal`]) {
    try {
      newest = Math.max(newest, statSync(path).mtimeMs);
    } catch {
      // No -wal file after a clean shutdown.
    }
  }
  return newest;
};

/** SQLite counts every row this connection changed since it was opened; all writes go through it. */
const changesSoFar = (database: Database): number =>
  Number(database.sqlite.prepare('SELECT total_changes()').pluck().get());

/**
 * The automatic backups both shells run: one at start-up (unless the newest backup is
 * already newer than the file's last write), then periodically while something changed.
 * A failed automatic backup is logged and retried at the next tick; it never stops the app.
 */
export async function startBackupSchedule(
  database: Database,
  { intervalMs = BACKUP_INTERVAL_MS, log = console as BackupLog } = {},
): Promise<BackupSchedule> {
  let backedUpAt = changesSoFar(database);
  let running: Promise<BackupFile | null> | null = null;

  const backup = async (reason: 'on-start' | 'auto'): Promise<BackupFile | null> => {
    try {
      const made = await backupDatabase(database.sqlite, database.backupFolder, reason, {
        nativeBinding: database.nativeBinding,
      });
      return made;
    } catch (error) {
      log.error(`Automatic backup (${reason}) failed`, error);
      return null;
    }
  };

  if (!database.createdNow) {
    const newest = listBackups(database.backupFolder)[0];
    if (!newest || Date.parse(newest.createdAt) < lastWrite(database.file)) await backup('on-start');
  }

  const tick = (): Promise<BackupFile | null> => {
    if (running) return running;
    if (!database.sqlite.open || database.maintenance) return Promise.resolve(null);
    const changes = changesSoFar(database);
    if (changes === backedUpAt) return Promise.resolve(null);
    running = backup('auto').then((made) => {
      if (made) backedUpAt = changes;
      running = null;
      return made;
    });
    return running;
  };

  const timer = setInterval(() => void tick(), intervalMs);
  // The schedule must never keep a process alive on its own.
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
