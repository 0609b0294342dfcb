import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { sweepOrphanFiles } from './attachments';
import { type BackupFile, backupDatabase, checkIntegrity, newestBackupWithDeals, newestGoodBackup } from './backup';
import { applyPragmas, type ConnectionOptions, openFile, type SqliteConnection } from './connection';
import { BACKUP_FOLDER, DATABASE_FILE } from './dataDir';
import { acquireDataDirLock, type DataDirLock } from './dataLock';
import { purgeExpiredRows } from './dealTables/sweep';
import { applyMigrations, pendingMigrations } from './migrate';
import type { ParleyDb } from './parleyDb';
import { createPrivateFile, keepPrivate, makePrivateFolder } from './privateFiles';
import { seedLibrary } from './repositories/librarySeed';
import * as schema from './schema';
import { ensureSearchIndex } from './search/ensure';

export type { ParleyDb };

export interface Database {
  /** Typed queries for repositories. */
  db: ParleyDb;
  /** The raw connection, for pragmas, backups and transactions. */
  sqlite: SqliteConnection;
  dataDir: string;
  file: string;
  backupFolder: string;
  migrationsFolder: string;
  nativeBinding: string | undefined;
  /** True when this open created the file: there is nothing yet worth backing up. */
  createdNow: boolean;
  /**
   * Set while a restore replaces the data under the live connection: writes are refused
   * with a plain message instead of waiting on SQLite's lock.
   */
  maintenance: string | null;
  close(): void;
}

export interface OpenOptions extends ConnectionOptions {
  dataDir: string;
  migrationsFolder: string;
  /** Take the data folder's single-writer lock (default). Off only for read-only tools. */
  lock?: boolean;
}

/**
 * The database file failed SQLite's integrity check (or is not a database at all).
 * Nothing was migrated, written or deleted; the shells offer the newest good backup.
 */
export class DatabaseDamagedError extends Error {
  /** One line for a dialog's title: what was found. */
  readonly headline: string;

  constructor(
    readonly file: string,
    readonly problem: string,
    readonly goodBackup: BackupFile | null,
    /** Damaged; or empty / missing while backups hold deals (never silently started afresh). */
    readonly found: 'damaged' | 'empty' | 'missing' = 'damaged',
  ) {
    super(
      `${found === 'missing' ? `Parley's database ${file} is missing` : `Parley's database ${file} is ${found === 'empty' ? 'empty' : 'damaged'} (${problem})`}` +
        `${found === 'damaged' ? '' : ', but the backups hold deals: Parley did not start a new, empty one'}. Nothing was changed or deleted. ` +
        (goodBackup
          ? `The newest good backup is ${goodBackup.name}, made ${goodBackup.createdAt}.`
          : 'No good backup was found.'),
    );
    this.name = 'DatabaseDamagedError';
    this.headline = `Parley’s data file is ${found}`;
  }
}

/**
 * Opens (creating if needed) the data directory's database and brings its schema up to
 * date. In order: take the single-writer lock; check an existing file's integrity
 * before anything writes to it; back it up with the online backup API before any
 * migration; migrate. No path here deletes user data.
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  makePrivateFolder(options.dataDir);
  const file = join(options.dataDir, DATABASE_FILE);
  const backupFolder = join(options.dataDir, BACKUP_FOLDER);
  const lock: DataDirLock | null = options.lock === false ? null : acquireDataDirLock(options.dataDir);
  const size = existsSync(file) ? statSync(file).size : null;
  const existed = size !== null && size > 0;
  let sqlite: SqliteConnection | null = null;
  try {
    if (!existed) {
      // A first start has no backups. A file that vanished or was emptied (disk fault, sync
      // tool, a bad copy) beside backups holding deals must not become a new, empty database.
      const lost = newestBackupWithDeals(backupFolder, options.nativeBinding);
      if (lost) {
        const found = size === null ? 'missing' : 'empty';
        throw new DatabaseDamagedError(file, found === 'empty' ? 'the file has 0 bytes' : 'no file', lost, found);
      }
    }
    if (existed) {
      // Opened without pragmas first: switching a damaged file to WAL would already write to it.
      let problem: string;
      try {
        sqlite = openFile(file, options);
        problem = checkIntegrity(sqlite);
      } catch (error) {
        problem = (error as Error).message;
      }
      if (problem !== 'ok') {
        sqlite?.close();
        sqlite = null;
        throw new DatabaseDamagedError(file, problem, newestGoodBackup(backupFolder, options.nativeBinding));
      }
    }
    // Created 0600 before SQLite writes to it; the -wal and -shm files take the same mode.
    createPrivateFile(file);
    for (const companion of [`${file}-wal`, `${file}-shm`]) keepPrivate(companion);
    sqlite ??= openFile(file, { nativeBinding: options.nativeBinding, create: true });
    applyPragmas(sqlite);
    const { pending, applied } = pendingMigrations(sqlite, options.migrationsFolder);
    if (existed && pending.length > 0 && applied > 0) {
      await backupDatabase(sqlite, backupFolder, 'before-update', { nativeBinding: options.nativeBinding });
    }
    applyMigrations(sqlite, options.migrationsFolder);
    // Triggers a migration's table rebuild dropped are put back, and what they missed re-indexed.
    ensureSearchIndex(sqlite);
    // Parley's built-in templates, tradeables and phrases, the first time this database sees them.
    seedLibrary(drizzle(sqlite, { schema }));
    // Rows deleted before the app closed, their Undo gone with it, are purged (children cascade)…
    try {
      purgeExpiredRows(drizzle(sqlite, { schema }));
    } catch {
      // Left for the next start-up: a deleted row is invisible until then anyway.
    }
    // …then files a crash left without their row (killed mid-import, mid-upload), or a purge freed.
    try {
      sweepOrphanFiles(sqlite, options.dataDir, backupFolder, options.nativeBinding);
    } catch {
      // Tidying must not keep Parley from starting; the next start tries again.
    }
  } catch (error) {
    sqlite?.close();
    lock?.release();
    throw error;
  }
  const connection = sqlite;
  return {
    db: drizzle(connection, { schema }),
    sqlite: connection,
    dataDir: options.dataDir,
    file,
    backupFolder,
    migrationsFolder: options.migrationsFolder,
    nativeBinding: options.nativeBinding,
    createdNow: !existed,
    maintenance: null,
    close: () => {
      if (connection.open) connection.close();
      lock?.release();
    },
  };
}
