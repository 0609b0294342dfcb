/**
 * Prints the SQL of a `search_index` custom migration for the tables in db/schema:
 *   npx drizzle-kit generate --custom --name search_index
 *   npx vite-node scripts/searchIndexSql.ts > db/migrations/<that file>.sql
 * Run it again (into a new custom migration) when a searchable table lands or changes.
 */
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../db/schema';
import { searchIndexMigrationSql, type TableColumns } from '../db/search/ensure';

const columns: TableColumns = new Map();
for (const value of Object.values(schema)) {
  try {
    const config = getTableConfig(value as SQLiteTable);
    columns.set(config.name, new Set(config.columns.map((c) => c.name)));
  } catch {
    // not a table (a relation or a type)
  }
}
process.stdout.write(searchIndexMigrationSql(columns));
