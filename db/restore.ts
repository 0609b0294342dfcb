import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { notFound, UserError } from '../core/errors';
import { type BackupFile, backupDatabase, checkFileIntegrity, checkIntegrity, listBackups } from './backup';
import { applyPragmas, openFile } from './connection';
import type { Database } from './database';
import { BACKUP_FOLDER, DATABASE_FILE } from './dataDir';
import { acquireDataDirLock } from './dataLock';
import { applyMigrations } from './migrate';
import { createPrivateFile, makePrivateFolder } from './privateFiles';

/** Damaged databases are moved here, never deleted: a specialist may still recover them. */
export const DAMAGED_FOLDER = 'damaged';

export interface RestoreResult {
  restored: BackupFile;
  /** The data as it was just before the restore: restoring it undoes the restore. */
  undo: BackupFile;
}

function findBackup(folder: string, name: string): BackupFile {
  // Only names the folder listing produced: a name can never point outside the folder.
  const backup = listBackups(folder).find((candidate) => candidate.name === name);
  if (!backup) throw notFound(`The backup “${name}”`);
  return backup;
}

/** A backup written by a newer Parley has tables this version does not know. */
function assertNotNewer(backup: BackupFile, migrationsFolder: string, nativeBinding?: string): void {
  const known = Math.max(0, ...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis));
  const sqlite = openFile(backup.file, { readonly: true, nativeBinding });
  try {
    const hasTable = sqlite.prepare(
      "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'",
    );
    if (!hasTable.get()) {
      throw new UserError('invalid_input', `The backup “${backup.name}” is not a Parley database.`);
    }
    const newest = Number(sqlite.prepare('SELECT max(created_at) FROM __drizzle_migrations').pluck().get() ?? 0);
    if (newest > known) {
      throw new UserError(
        'invalid_input',
        `The backup “${backup.name}” was made by a newer version of Parley. Update Parley to restore it.`,
      );
    }
  } finally {
    sqlite.close();
  }
}

function assertRestorable(backup: BackupFile, migrationsFolder: string, nativeBinding?: string): void {
  const problem = checkFileIntegrity(backup.file, nativeBinding);
  if (problem !== 'ok') {
    throw new UserError('invalid_input', `The backup “${backup.name}” is damaged (${problem}). Nothing was changed.`);
  }
  assertNotNewer(backup, migrationsFolder, nativeBinding);
}

/** Copies every page of `from` over the file `to` with the online backup API, in one step. */
async function copyPages(fromFile: string, toFile: string, nativeBinding?: string): Promise<void> {
  const source = openFile(fromFile, { readonly: true, nativeBinding });
  createPrivateFile(toFile);
  try {
    await source.backup(toFile, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
}

/**
 * Restores a backup while Parley runs, without closing the live connection: the current
 * data is first backed up as "before-restore" (restoring that undoes this), then the
 * backup's pages are written INTO the live database file with SQLite's online backup API,
 * which is one transaction on the destination: a crash midway leaves the old data. An
 * older backup is then migrated to the current schema.
 */
export async function restoreBackup(database: Database, name: string): Promise<RestoreResult> {
  const restored = findBackup(database.backupFolder, name);
  assertRestorable(restored, database.migrationsFolder, database.nativeBinding);
  if (database.maintenance) throw new UserError('unavailable', `${database.maintenance} Try again in a moment.`);
  database.maintenance = 'Parley is restoring a backup.';
  try {
    const undo = await backupDatabase(database.sqlite, database.backupFolder, 'before-restore', {
      nativeBinding: database.nativeBinding,
      spare: restored.name,
    });
    await copyPages(restored.file, database.file, database.nativeBinding);
    try {
      applyMigrations(database.sqlite, database.migrationsFolder);
      const problem = checkIntegrity(database.sqlite);
      if (problem !== 'ok') throw new Error(problem);
    } catch (error) {
      // Put the data back exactly as it was before this restore.
      await copyPages(undo.file, database.file, database.nativeBinding);
      throw new UserError(
        'invalid_input',
        `The backup “${restored.name}” could not be brought up to date (${(error as Error).message}). Your data was left as it was.`,
      );
    }
    return { restored, undo };
  } finally {
    database.maintenance = null;
  }
}

/**
 * Start-up path for a damaged database (the app is not running on it): the damaged file
 * and its -wal/-shm companions are MOVED to `damaged/`, never deleted, and a fresh file
 * is written from the backup with the online backup API. Open the database afterwards
 * as usual; an older backup is migrated then.
 */
export async function restoreDamagedDatabase(
  dataDir: string,
  backupName: string,
  options: { migrationsFolder: string; nativeBinding?: string | undefined },
): Promise<{ restored: BackupFile; damagedCopy: string | null }> {
  const lock = acquireDataDirLock(dataDir);
  try {
    const restored = findBackup(join(dataDir, BACKUP_FOLDER), backupName);
    assertRestorable(restored, options.migrationsFolder, options.nativeBinding);
    const file = join(dataDir, DATABASE_FILE);
    let damagedCopy: string | null = null;
    if (existsSync(file)) {
      const folder = join(dataDir, DAMAGED_FOLDER);
      makePrivateFolder(folder);
      damagedCopy = join(folder, `parley-damaged-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`);
      for (const suffix of ['-wal', '-shm', '']) {
        if (existsSync(file + suffix)) renameSync(file + suffix, damagedCopy + suffix);
      }
    }
    await copyPages(restored.file, file, options.nativeBinding);
    const sqlite = openFile(file, { nativeBinding: options.nativeBinding });
    try {
      applyPragmas(sqlite);
    } finally {
      sqlite.close();
    }
    return { restored, damagedCopy };
  } finally {
    lock.release();
  }
}
