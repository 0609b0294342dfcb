import { inArray, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** Above this many deals one whole-table read is cheaper than `IN (…)` lists. */
const WHOLE_TABLE_FROM = 400;
const CHUNK = 400;

/**
 * Rows of one table for the given deals: `IN` lists in chunks for a few deals, the whole
 * table (filtered in memory) for many, so the deals list never runs one query per deal.
 */
export function rowsFor<T>(
  ids: readonly string[],
  column: SQLiteColumn,
  read: (where: SQL | undefined) => T[],
  keyOf: (row: T) => string,
): Map<string, T[]> {
  const wanted = new Set(ids);
  const grouped = new Map<string, T[]>();
  const add = (rows: T[]) => {
    for (const row of rows) {
      const key = keyOf(row);
      if (!wanted.has(key)) continue;
      const list = grouped.get(key);
      if (list) list.push(row);
      else grouped.set(key, [row]);
    }
  };
  if (ids.length >= WHOLE_TABLE_FROM) add(read(undefined));
  else for (let i = 0; i < ids.length; i += CHUNK) add(read(inArray(column, ids.slice(i, i + CHUNK))));
  return grouped;
}
