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
  // FULL syncs the log at every commit: a save Parley confirmed survives a power cut, not only
  // a crash (NORMAL may lose the last commits then). One fsync per autosave is cheap.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // A second connection (backup, export) may briefly hold the lock; wait rather than fail.
  sqlite.pragma('busy_timeout = 5000');
  if (!options.readonly) stepWritesToTheEnd(sqlite);
}

type Prepare = SqliteConnection['prepare'];
const guarded = new WeakSet<SqliteConnection>();

/**
 * better-sqlite3's `.get()` takes one row and resets the statement. A write outside an
 * explicit transaction (`UPDATE … RETURNING`) commits at that reset, and better-sqlite3
 * drops the reset's error: on a full disk it would hand back a row that was never stored.
 * So on Parley's connections a writing statement always runs to its last step (`.all()`),
 * where the commit happens and its failure is thrown. Every caller (drizzle's `.get()`,
 * raw SQL, code written later) is covered without having to remember it.
 */
function stepWritesToTheEnd(sqlite: SqliteConnection): void {
  if (guarded.has(sqlite)) return;
  guarded.add(sqlite);
  const prepare = sqlite.prepare as (...args: unknown[]) => Database.Statement;
  sqlite.prepare = function (this: SqliteConnection, ...args: unknown[]) {
    const statement = prepare.apply(this, args);
    if (statement.reader && !statement.readonly) {
      statement.get = function (this: Database.Statement, ...params: unknown[]) {
        return this.all(...params)[0];
      };
      statement.iterate = function* (this: Database.Statement, ...params: unknown[]) {
        yield* this.all(...params);
      };
    }
    return statement;
  } as Prepare;
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
