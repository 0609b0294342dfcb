import { eq, getTableColumns, inArray } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { deleteAttachment } from '../attachments';
import type { ParleyDb } from '../parleyDb';
import { DEAL_TABLES } from './registry';
import type { DealTable } from './types';

/**
 * Every file path the rows of these deals refer to, soft-deleted rows included: read
 * before a purge or a replace removes the rows, so their files can go too.
 */
export function dealFilePaths(db: ParleyDb, dealIds: readonly string[], tables: readonly DealTable[] = DEAL_TABLES) {
  if (dealIds.length === 0) return [];
  return tables.flatMap((entry) => {
    if (!entry.files || !entry.dealField) return [];
    const columns = getTableColumns(entry.table) as Record<string, SQLiteColumn>;
    const path = columns[entry.files.path] as SQLiteColumn;
    const deal = columns[entry.dealField] as SQLiteColumn;
    return (
      db
        .select({ path })
        .from(entry.table)
        .where(dealIds.length === 1 ? eq(deal, dealIds[0] as string) : inArray(deal, [...dealIds]))
        .all() as { path: string | null }[]
    ).flatMap((row) => (row.path ? [row.path] : []));
  });
}

/** After the rows are gone (committed): removes the files no remaining row refers to. */
export const removeFilesOfRemovedRows = (db: ParleyDb, dataDir: string | undefined, paths: readonly string[]) => {
  if (dataDir && paths.length > 0) removeUnreferencedFiles(db, dataDir, paths);
};

/** Deletes the files no row of any table with files refers to any more (older duplicates shared them). */
export function removeUnreferencedFiles(
  db: ParleyDb,
  dataDir: string,
  paths: readonly (string | null)[],
  tables: readonly DealTable[] = DEAL_TABLES,
): void {
  for (const path of new Set(paths)) {
    if (!path) continue;
    const stillUsed = tables.some((entry) => {
      if (!entry.files) return false;
      const column = (getTableColumns(entry.table) as Record<string, SQLiteColumn>)[entry.files.path] as SQLiteColumn;
      return db.select({ path: column }).from(entry.table).where(eq(column, path)).get() !== undefined;
    });
    if (!stillUsed) deleteAttachment(dataDir, path);
  }
}
