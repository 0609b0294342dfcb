import Database from 'better-sqlite3';

export type SqliteConnection = Database.Database;

export interface ConnectionOptions {
  /**
   * Path to a better_sqlite3.node built for the running ABI. Electron needs its own
   * build while `node_modules` keeps the Node build for the tests (see README).
   */
  nativeBinding?: string | undefined;
  readonly?: boolean;
}

/** Opens a SQLite file with the pragmas every Parley connection relies on. */
export function openConnection(file: string, options: ConnectionOptions = {}): SqliteConnection {
  const sqlite = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true } : {}),
  });
  applyPragmas(sqlite, options);
  return sqlite;
}

/** The pragmas every Parley connection relies on; separate so a file can be checked first. */
export function applyPragmas(sqlite: SqliteConnection, options: { readonly?: boolean } = {}): void {
  // WAL lets readers continue while the one writer commits, and survives a crash mid-write.
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  // NORMAL is durable in WAL mode except for the last transaction on power loss, not on a crash.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // A second connection (backup, export) may briefly hold the lock; wait rather than fail.
  sqlite.pragma('busy_timeout = 5000');
}

/**
 * Opens an existing SQLite file as it is, without Parley's pragmas: for backups and
 * files being inspected, which must not be switched to WAL or created if missing.
 */
export function openFile(file: string, options: ConnectionOptions & { create?: boolean } = {}): SqliteConnection {
  return new Database(file, {
    fileMustExist: !options.create,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true } : {}),
  });
}
