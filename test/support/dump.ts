import type { SqliteConnection } from '../../db/connection';

interface DumpPlan {
  schemaVersion: number;
  parts: { sql: string | null; rows: { all(): unknown[] } | null }[];
}

/**
 * The statements of a dump, prepared once per connection and schema: the fuzz and API tests
 * dump the database around tens of thousands of calls, and preparing ~65 statements each
 * time was a third of a dump's cost. A schema change (a migration) makes a new plan.
 */
const plans = new WeakMap<SqliteConnection, DumpPlan>();

function planOf(sqlite: SqliteConnection): DumpPlan {
  const schemaVersion = sqlite.pragma('schema_version', { simple: true }) as number;
  const cached = plans.get(sqlite);
  if (cached?.schemaVersion === schemaVersion) return cached;
  const tables = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string | null }[];
  const parts = tables.map(({ name, sql }) => {
    // FTS5 keeps its config in a WITHOUT ROWID shadow table: order those by their key.
    const order = sql?.includes('WITHOUT ROWID') ? '1' : 'rowid';
    const rows = sql?.startsWith('CREATE TABLE') ? sqlite.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`) : null;
    return { sql, rows };
  });
  const plan = { schemaVersion, parts };
  plans.set(sqlite, plan);
  return plan;
}

/** Every table's schema and rows, to prove "nothing changed" byte for byte. */
export function dumpDatabase(sqlite: SqliteConnection): string {
  return planOf(sqlite)
    .parts.map(({ sql, rows }) => `${sql}\n${JSON.stringify(rows ? rows.all() : [])}`)
    .join('\n');
}
