import { and, getTableColumns, getTableName, isNotNull, lt, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ROW_UNDO_WINDOW_MS } from '../../core/undo';
import type { ParleyDb } from '../parleyDb';
import { teamSyncDeals } from '../schema';
import { DEAL_TABLES, dealTable } from './registry';
import type { DealTable } from './types';

const deletedAtOf = (entry: DealTable) =>
  (getTableColumns(entry.table) as unknown as Record<string, SQLiteColumn | undefined>).deletedAt;

/** The deal tables whose rows are deleted softly (and so wait to be purged). */
export const softDeleteTables = (tables: readonly DealTable[] = DEAL_TABLES) =>
  tables.filter((entry) => deletedAtOf(entry) && entry.key.includes('id'));

const column = (alias: string, entry: DealTable, field: string) =>
  sql`${sql.identifier(alias)}.${sql.identifier(entry.columns[field] as string)}`;

/**
 * The deal id of a row of `entry` (named `alias` in the statement): its deal column, or its
 * parent's, up the registry's parent chain (an option's deal is its issue's).
 */
function dealIdOf(entry: DealTable, alias: string, tables: readonly DealTable[], depth = 0): SQL {
  if (entry.dealField) return column(alias, entry, entry.dealField);
  const parent = tables.find((e) => e.name === entry.parent) ?? dealTable(entry.parent);
  const holder = `parent${depth}`;
  return sql`(SELECT ${dealIdOf(parent, holder, tables, depth + 1)} FROM ${sql.identifier(getTableName(parent.table))} AS ${sql.identifier(holder)} WHERE ${column(holder, parent, 'id')} = ${column(alias, entry, entry.parentField)})`;
}

/** Rows of `entry` whose deal is not shared (a shared deal's doc keeps its deleted rows). */
function notShared(entry: DealTable, tables: readonly DealTable[]): SQL {
  const dealId = dealIdOf(entry, getTableName(entry.table), tables);
  return sql`NOT EXISTS (SELECT 1 FROM ${sql.identifier(getTableName(teamSyncDeals))} AS shared WHERE shared.${sql.identifier(teamSyncDeals.dealId.name)} = ${dealId})`;
}

/**
 * Start-up sweep: a delete's toast purges its row when it goes; rows deleted before the app
 * closed wait here. Purges rows deleted longer than the undo window ago (never newer ones, which
 * a second window could still be offering to undo). Children before parents, in one transaction.
 * A shared deal keeps its deleted rows, as its doc does (db/teamSync), in every table: those
 * without a deal column are matched to their deal through their parents.
 * Answers how many rows went.
 */
export function purgeExpiredRows(
  db: ParleyDb,
  now: Date = new Date(),
  tables: readonly DealTable[] = DEAL_TABLES,
): number {
  const before = new Date(now.getTime() - ROW_UNDO_WINDOW_MS).toISOString();
  return db.transaction((tx) => {
    let purged = 0;
    for (const entry of [...softDeleteTables(tables)].reverse()) {
      const deletedAt = deletedAtOf(entry) as SQLiteColumn;
      purged += tx
        .delete(entry.table)
        .where(and(isNotNull(deletedAt), lt(deletedAt, before), notShared(entry, tables)) as SQL)
        .run().changes;
    }
    return purged;
  });
}
