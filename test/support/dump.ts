import type { SqliteConnection } from '../../db/connection';

/** Every table's schema and rows, to prove "nothing changed" byte for byte. */
export function dumpDatabase(sqlite: SqliteConnection): string {
  const tables = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string | null }[];
  const parts = tables.map(({ name, sql }) => {
    // FTS5 keeps its config in a WITHOUT ROWID shadow table: order those by their key.
    const order = sql?.includes('WITHOUT ROWID') ? '1' : 'rowid';
    const rows = sql?.startsWith('CREATE TABLE')
      ? sqlite.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).all()
      : [];
    return `${sql}\n${JSON.stringify(rows)}`;
  });
  return parts.join('\n');
}
