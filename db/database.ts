import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { backupDatabase } from './backup';
import { type ConnectionOptions, openConnection, type SqliteConnection } from './connection';
import { BACKUP_FOLDER, DATABASE_FILE } from './dataDir';
import { applyMigrations, pendingMigrations } from './migrate';
import * as schema from './schema';

export type ParleyDb = BetterSQLite3Database<typeof schema>;

export interface Database {
  /** Typed queries for repositories. */
  db: ParleyDb;
  /** The raw connection, for pragmas, backups and transactions. */
  sqlite: SqliteConnection;
  file: string;
  backupFolder: string;
  close(): void;
}

export interface OpenOptions extends ConnectionOptions {
  dataDir: string;
  migrationsFolder: string;
}

/**
 * Opens (creating if needed) the data directory's database and brings its schema up to
 * date. An existing file is backed up with the online backup API before any migration,
 * so an update can always be undone by hand.
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, DATABASE_FILE);
  const backupFolder = join(options.dataDir, BACKUP_FOLDER);
  const existed = existsSync(file);
  const sqlite = openConnection(file, options);
  try {
    const { pending, applied } = pendingMigrations(sqlite, options.migrationsFolder);
    if (existed && pending.length > 0 && applied > 0) {
      await backupDatabase(sqlite, backupFolder, 'before-update');
    }
    applyMigrations(sqlite, options.migrationsFolder);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return {
    db: drizzle(sqlite, { schema }),
    sqlite,
    file,
    backupFolder,
    close: () => sqlite.close(),
  };
}
