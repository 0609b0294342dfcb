import { and, asc, eq, getTableColumns, inArray, isNull, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ParleyDb } from '../parleyDb';
import { rowsFor } from '../repositories/bulkRows';
import { DEAL_TABLES } from './registry';
import type { DealTable } from './types';

export type Row = Record<string, unknown>;
/** Every live row of one deal, by registry entry name, each list in its on-screen order. */
export type DealRows = Record<string, Row[]>;

const column = (entry: DealTable, field: string) =>
  (getTableColumns(entry.table) as Record<string, SQLiteColumn>)[field];

/** The registry entry whose rows carry the deal id for `entry` (itself, or its parent). */
function dealHolder(entry: DealTable, tables: readonly DealTable[]): DealTable {
  if (entry.dealField) return entry;
  const parent = tables.find((e) => e.name === entry.parent);
  if (!parent?.dealField) throw new Error(`Deal table ${entry.name}: no deal column on it or its parent`);
  return parent;
}

/**
 * Rows of one table for many deals (never one query per deal), not soft-deleted, in
 * position order. Tables without a deal column are read through their parent.
 */
export function readTableRows(
  db: ParleyDb,
  entry: DealTable,
  dealIds: readonly string[],
  tables: readonly DealTable[] = DEAL_TABLES,
): Map<string, Row[]> {
  const holder = dealHolder(entry, tables);
  const dealColumn = column(holder, holder.dealField as string) as SQLiteColumn;
  const order = ['position', 'createdAt'].flatMap((f) => {
    const c = column(entry, f);
    return c ? [asc(c)] : [];
  });
  const deleted = column(entry, 'deletedAt');
  if (holder === entry) {
    return rowsFor(
      dealIds,
      dealColumn,
      (where) =>
        db
          .select()
          .from(entry.table)
          .where(and(where, deleted ? isNull(deleted) : undefined) as SQL)
          .orderBy(...order)
          .all() as Row[],
      (row) => row[entry.dealField as string] as string,
    );
  }
  const parentKey = column(holder, 'id') as SQLiteColumn;
  const parentDeleted = column(holder, 'deletedAt');
  const byDeal = rowsFor(
    dealIds,
    dealColumn,
    (where) =>
      db
        .select({ row: entry.table, dealId: dealColumn })
        .from(entry.table)
        .innerJoin(holder.table, eq(parentKey, column(entry, entry.parentField) as SQLiteColumn))
        .where(
          and(where, deleted ? isNull(deleted) : undefined, parentDeleted ? isNull(parentDeleted) : undefined) as SQL,
        )
        .orderBy(...order)
        .all() as { row: Row; dealId: string }[],
    (r) => r.dealId,
  );
  return new Map([...byDeal].map(([dealId, list]) => [dealId, list.map((r) => r.row)]));
}

/**
 * Every live row of the given deals, table by table in registry order, made closed: a
 * row whose parent, required or cascading reference is not among the rows kept (soft-deleted, or a
 * deliberately loose id such as an agreed option of a deleted issue) is left out, and an
 * optional reference to such a row reads as empty — exactly what the screens show.
 */
export function readDeals(
  db: ParleyDb,
  dealIds: readonly string[],
  tables: readonly DealTable[] = DEAL_TABLES,
): Map<string, DealRows> {
  const result = new Map<string, DealRows>(dealIds.map((id) => [id, {}]));
  const kept = new Map<string, Set<string>>(); // entry name → ids kept (entries with an id)
  for (const entry of tables) {
    const rows = readTableRows(db, entry, dealIds, tables);
    const ids = new Set<string>();
    for (const dealId of dealIds) {
      const closed: Row[] = [];
      for (const raw of rows.get(dealId) ?? []) {
        const row = closeRow(entry, raw, kept);
        if (!row) continue;
        closed.push(row);
        if (typeof row.id === 'string') ids.add(row.id);
      }
      (result.get(dealId) as DealRows)[entry.name] = closed;
    }
    kept.set(entry.name, ids);
  }
  return result;
}

/** The row with dangling references cleared, or null when a required one dangles. */
export function closeRow(entry: DealTable, row: Row, kept: Map<string, Set<string>>): Row | null {
  let out = row;
  for (const reference of entry.references) {
    const id = row[reference.field];
    if (typeof id !== 'string') continue;
    if (reference.to.some((name) => kept.get(name)?.has(id))) continue;
    if (!reference.nullable || reference.cascade) return null;
    out = out === row ? { ...row } : out;
    out[reference.field] = null;
  }
  return out;
}

/** One deal's rows (see readDeals). */
export const readDeal = (db: ParleyDb, dealId: string): DealRows => readDeals(db, [dealId]).get(dealId) ?? {};

/**
 * Rows of `entry` without those that go with a deleted row — their parent (an agenda item of a
 * deleted meeting, an option of a deleted issue), a grandparent, or a row they cascade with (an
 * anchor whose issue waits in its undo window): what the screens show is what a purge would leave.
 */
export function withoutCascadedRows<R extends Row>(db: ParleyDb, entry: DealTable, rows: R[]): R[] {
  let out = rows;
  for (const reference of entry.references) {
    if (!reference.cascade) continue;
    const ids = [...new Set(out.map((row) => row[reference.field]).filter((id) => typeof id === 'string'))] as string[];
    if (ids.length === 0) continue;
    const live = new Set<string>();
    for (const name of reference.to) for (const id of liveRowIds(db, tables(name), ids)) live.add(id);
    out = out.filter((row) => typeof row[reference.field] !== 'string' || live.has(row[reference.field] as string));
  }
  return out;
}

/** The ids among `ids` of rows of `entry` that are live: not deleted, nor going with a deleted row. */
export function liveRowIds(db: ParleyDb, entry: DealTable, ids: readonly string[]): Set<string> {
  const key = column(entry, 'id');
  if (!key || ids.length === 0) return new Set();
  const deleted = column(entry, 'deletedAt');
  const rows = db
    .select()
    .from(entry.table)
    .where(and(inArray(key, [...ids]), deleted ? isNull(deleted) : undefined) as SQL)
    .all() as Row[];
  return new Set(withoutCascadedRows(db, entry, rows).map((row) => row.id as string));
}

const tables = (name: string): DealTable => {
  const entry = DEAL_TABLES.find((e) => e.name === name);
  if (!entry) throw new Error(`Unknown deal table ${name}`);
  return entry;
};
