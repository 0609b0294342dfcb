import pg from 'pg';
import { openConnection, type SqliteConnection } from '../db/connection';
import { createPrivateFile, keepPrivate } from '../db/privateFiles';

/**
 * What the team store needs of a database: statements with `?` placeholders, written once in
 * the SQL both SQLite and Postgres speak (team/store.ts), and transactions.
 */
export interface Sql {
  all<T>(statement: string, ...params: unknown[]): Promise<T[]>;
  /** Runs a statement; answers how many rows it changed. */
  run(statement: string, ...params: unknown[]): Promise<number>;
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Who may change the team library; every user starts as a reader of it. */
const LIBRARY_ROLE = "library_role TEXT NOT NULL DEFAULT 'reader' CHECK (library_role IN ('editor', 'reader'))";

/** The tables, as each database spells them (Postgres: BYTEA, a case-blind unique e-mail index). */
const schema = (blob: string, emailUnique: string) => `
  CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY, email TEXT NOT NULL ${emailUnique}, name TEXT NOT NULL,
    password_hash TEXT NOT NULL, created_at TEXT NOT NULL, ${LIBRARY_ROLE});
  CREATE TABLE IF NOT EXISTS deals (deal_id TEXT PRIMARY KEY, created_at TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS deal_members (
    deal_id TEXT NOT NULL REFERENCES deals(deal_id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    PRIMARY KEY (deal_id, user_id));
  CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state ${blob} NOT NULL, updated_at TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS invitations (
    token_hash TEXT PRIMARY KEY,
    deal_id TEXT NOT NULL REFERENCES deals(deal_id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('editor', 'viewer')),
    created_by TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL, expires_at TEXT NOT NULL,
    used_by TEXT REFERENCES users(id) ON DELETE SET NULL, used_at TEXT);
`;

/** The embedded store: one SQLite file, created 0600 like Parley's data file. */
export function sqliteSql(file: string): Sql & { sqlite: SqliteConnection } {
  createPrivateFile(file);
  const sqlite = openConnection(file);
  for (const suffix of ['-wal', '-shm']) keepPrivate(`${file}${suffix}`);
  sqlite.exec(schema('BLOB', 'UNIQUE COLLATE NOCASE'));
  // Stores made before the team library.
  const userColumns = sqlite.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('users') as string[];
  if (!userColumns.includes('library_role')) sqlite.exec(`ALTER TABLE users ADD COLUMN ${LIBRARY_ROLE}`);
  // better-sqlite3 is synchronous: a transaction's statements run back to back; the queue keeps
  // a second transaction from beginning inside the first while it awaits.
  let queue: Promise<unknown> = Promise.resolve();
  const sql: Sql & { sqlite: SqliteConnection } = {
    sqlite,
    all: async <T>(statement: string, ...params: unknown[]) => sqlite.prepare(statement).all(...params) as T[],
    run: async (statement, ...params) => sqlite.prepare(statement).run(...params).changes,
    transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
      const done = queue.then(async () => {
        // IMMEDIATE: two instances sharing the file take turns.
        sqlite.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(sql);
          sqlite.exec('COMMIT');
          return result;
        } catch (error) {
          sqlite.exec('ROLLBACK');
          throw error;
        }
      });
      queue = done.catch(() => undefined);
      return done;
    },
    close: async () => {
      await queue;
      sqlite.close();
    },
  };
  return sql;
}

const numbered = (statement: string) => {
  let n = 0;
  return statement.replace(/\?/g, () => `$${++n}`);
};

const on = (client: pg.Pool | pg.PoolClient): Omit<Sql, 'transaction' | 'close'> => ({
  all: async <T>(statement: string, ...params: unknown[]) =>
    (await client.query(numbered(statement), params)).rows as T[],
  run: async (statement, ...params) => (await client.query(numbered(statement), params)).rowCount ?? 0,
});

/** Postgres (`PARLEY_TEAM_DATABASE_URL=postgres://…`): several instances on several machines share it. */
export async function postgresSql(url: string): Promise<Sql> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const transaction = async <T>(work: (sql: Sql) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(sqlOf(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const sqlOf = (client: pg.PoolClient): Sql => ({
    ...on(client),
    transaction: (inner) => inner(sqlOf(client)),
    close: async () => {},
  });
  // Instances starting together create the tables one at a time.
  await transaction(async (sql) => {
    await sql.all('SELECT pg_advisory_xact_lock(2020)');
    for (const statement of schema('BYTEA', '')
      .split(';')
      .filter((s) => s.trim()))
      await sql.run(statement);
    await sql.run('CREATE UNIQUE INDEX IF NOT EXISTS users_email ON users (lower(email))');
    await sql.run(`ALTER TABLE users ADD COLUMN IF NOT EXISTS ${LIBRARY_ROLE}`);
  });
  return { ...on(pool), transaction, close: () => pool.end() };
}
