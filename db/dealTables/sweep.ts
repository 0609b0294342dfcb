import { and, getTableColumns, isNotNull, lt, notInArray, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ROW_UNDO_WINDOW_MS } from '../../core/undo';
import type { ParleyDb } from '../parleyDb';
import { teamSyncDeals } from '../schema';
import { DEAL_TABLES } from './registry';
import type { DealTable } from './types';

const deletedAtOf = (entry: DealTable) =>
  (getTableColumns(entry.table) as unknown as Record<string, SQLiteColumn | undefined>).deletedAt;

/** The deal tables whose rows are deleted softly (and so wait to be purged). */
export const softDeleteTables = (tables: readonly DealTable[] = DEAL_TABLES) =>
  tables.filter((entry) => deletedAtOf(entry) && entry.key.includes('id'));

/**
 * Start-up sweep: a delete's toast purges its row when it goes; rows deleted before the app
 * closed wait here. Purges rows deleted longer than the undo window ago (never newer ones, which
 * a second window could still be offering to undo). Children before parents, in one transaction.
 * A shared deal keeps its deleted rows, as its doc does (db/teamSync).
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
      const columns = getTableColumns(entry.table) as unknown as Record<string, SQLiteColumn>;
      const deletedAt = deletedAtOf(entry) as SQLiteColumn;
      const shared = entry.dealField
        ? notInArray(
            columns[entry.dealField] as SQLiteColumn,
            tx.select({ id: teamSyncDeals.dealId }).from(teamSyncDeals),
          )
        : undefined;
      purged += tx
        .delete(entry.table)
        .where(and(isNotNull(deletedAt), lt(deletedAt, before), shared) as SQL)
        .run().changes;
    }
    return purged;
  });
}
