import { join } from 'node:path';
import { type BackupFile, listBackups, newestGoodBackup } from './backup';
import { type Database, DatabaseDamagedError, type OpenOptions, openDatabase } from './database';
import { BACKUP_FOLDER } from './dataDir';
import { restoreBackup, restoreDamagedDatabase } from './restore';

/** `newest` means the newest backup that passes its integrity check. */
export const NEWEST_BACKUP = 'newest';

function pickBackup(options: OpenOptions, name: string): BackupFile {
  const folder = join(options.dataDir, BACKUP_FOLDER);
  const backup =
    name === NEWEST_BACKUP
      ? newestGoodBackup(folder, options.nativeBinding)
      : (listBackups(folder).find((candidate) => candidate.name === name) ?? null);
  if (!backup) {
    throw new Error(
      name === NEWEST_BACKUP
        ? `No good backup was found in ${folder}.`
        : `There is no backup named ${name} in ${folder}.`,
    );
  }
  return backup;
}

/**
 * Opens the database for a shell, restoring a backup first when asked (the CLI's
 * `--restore-backup <name|newest>`, or the Electron dialog after a failed integrity
 * check). A damaged file is moved aside, a healthy one is kept as a "before-restore"
 * backup: either way nothing is deleted.
 */
export async function openDatabaseRestoring(options: OpenOptions, restoreName: string | null): Promise<Database> {
  if (!restoreName) return openDatabase(options);
  let database: Database;
  try {
    database = await openDatabase(options);
  } catch (error) {
    if (!(error instanceof DatabaseDamagedError)) throw error;
    await restoreDamagedDatabase(options.dataDir, pickBackup(options, restoreName).name, options);
    return openDatabase(options);
  }
  try {
    await restoreBackup(database, pickBackup(options, restoreName).name);
  } catch (error) {
    database.close();
    throw error;
  }
  return database;
}
