import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { SqliteConnection } from './connection';
import { dropSearchTriggers } from './search/ensure';

/** The bookkeeping table drizzle-kit's own tooling expects. */
const MIGRATIONS_TABLE = '__drizzle_migrations';

/** drizzle-kit's table rebuild: `DROP TABLE x` then `ALTER TABLE __new_x RENAME TO x`. */
const TABLE_REBUILD = /\bDROP\s+TABLE\b|\bRENAME\s+TO\b/i;

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

export interface PendingMigrations {
  pending: ReturnType<typeof readMigrationFiles>;
  applied: number;
}

function lastAppliedMillis(sqlite: SqliteConnection): number | null {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE);
  if (!table) return null;
  const row = sqlite.prepare(`SELECT created_at FROM "${MIGRATIONS_TABLE}" ORDER BY created_at DESC LIMIT 1`).get() as
    | { created_at: number | string }
    | undefined;
  return row ? Number(row.created_at) : null;
}

export function pendingMigrations(sqlite: SqliteConnection, migrationsFolder: string): PendingMigrations {
  const all = readMigrationFiles({ migrationsFolder });
  const last = lastAppliedMillis(sqlite);
  const pending = last === null ? all : all.filter((m) => m.folderMillis > last);
  return { pending, applied: all.length - pending.length };
}

/**
 * Applies drizzle-kit's generated migrations in ONE transaction, so a failing migration
 * leaves the file exactly as it was (drizzle's own migrator creates its table outside
 * the transaction and cannot check foreign keys before committing).
 *
 * drizzle-kit rebuilds a table with `PRAGMA foreign_keys=OFF`, a no-op inside a
 * transaction; with foreign keys on, dropping the old table would cascade-delete the
 * children. So foreign keys are switched off on the connection around the transaction,
 * and `foreign_key_check` must come back clean before the commit.
 */
export function applyMigrations(sqlite: SqliteConnection, migrationsFolder: string): number {
  const { pending } = pendingMigrations(sqlite, migrationsFolder);
  if (pending.length === 0) return 0;

  sqlite.pragma('foreign_keys = OFF');
  try {
    const run = sqlite.transaction(() => {
      sqlite.exec(
        `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
      );
      const record = sqlite.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" ("hash", "created_at") VALUES (?, ?)`);
      for (const migration of pending) {
        // A table rebuild (drop + rename) fails while search triggers point at the table.
        if (migration.sql.some((statement) => TABLE_REBUILD.test(statement))) dropSearchTriggers(sqlite);
        for (const statement of migration.sql) {
          if (statement.trim()) sqlite.exec(statement);
        }
        record.run(migration.hash, migration.folderMillis);
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new MigrationError(
          `The database update would break ${violations.length} link(s) between records; nothing was changed.`,
        );
      }
    });
    run();
  } catch (error) {
    if (error instanceof MigrationError) throw error;
    throw new MigrationError(
      `The database could not be updated to this version of Parley; nothing was changed. (${(error as Error).message})`,
      { cause: error },
    );
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return pending.length;
}
