import { and, asc, eq, getTableColumns, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { notFound, refuseIfChangedElsewhere } from '../../core/errors';
import { nowIso } from '../../core/time';
import type { ParleyDb } from '../parleyDb';
import { deals, teamSyncDeals } from '../schema';
import type { Row } from './read';
import { dealTable } from './registry';
import type { DealTable } from './types';

/**
 * THE write path for rows of a deal. Every write runs inside `writeDeal`: one transaction
 * that refuses a deal that is gone (or in "recently deleted"), runs the write, stamps the
 * deal's "last edited" time and hands back what the write read back inside the same
 * transaction — a value that exists only if the commit does (better-sqlite3 throws a failed
 * COMMIT, see db/connection.ts). Nobody calls a "touch the deal" helper by hand.
 *
 * One undo model: a delete is soft (`deleted_at`), `restoreRow` brings the row back exactly
 * (same id, fields, children and links, its old place in the list), `purgeRow` removes a
 * deleted row for good (children cascade), and `purgeExpired` does that at start-up for rows
 * whose undo window passed while the app was closed (db/dealTables/sweep.ts).
 *
 * One position scheme: siblings (same parent, same `orderWithin` group, not deleted) are
 * numbered 0, 1, 2, … in list order after every insert, move and restore.
 */

type Columns = Record<string, SQLiteColumn>;
const columnsOf = (entry: DealTable) => getTableColumns(entry.table) as unknown as Columns;
const col = (entry: DealTable, field: string) => columnsOf(entry)[field] as SQLiteColumn;
const hasField = (entry: DealTable, field: string) => field in columnsOf(entry);

/**
 * Something that follows every write of a deal (the team bridge, db/teamSync): `before` may
 * refuse the write, `after` runs inside the same transaction with the rows written.
 */
export interface DealWriteObserver {
  before(db: ParleyDb, dealId: string): void;
  after(db: ParleyDb, tx: ParleyDb, dealId: string, written: WrittenRow[]): void;
}
export interface WrittenRow {
  name: string;
  id: string;
}
const observers: DealWriteObserver[] = [];
export const observeDealWrites = (observer: DealWriteObserver) => {
  observers.push(observer);
};
/** The rows the running (outermost) `writeDeal` wrote; writes are synchronous, so one at a time. */
let written: WrittenRow[] | null = null;
const noteWritten = (name: string, id: unknown) => {
  if (typeof id === 'string') written?.push({ name, id });
};

/**
 * Rows of `name` a repository wrote its own way inside `writeDeal` (several at once: weights,
 * scores, a mark moved off the siblings), noted for the observers as `updateRow` notes its row.
 */
export const noteWrites = (name: string, ids: readonly string[]) => {
  for (const id of ids) noteWritten(name, id);
};

/** Throws unless the deal exists and is not in "Recently deleted" (every write checks it in `writeDeal`). */
export function assertLiveDeal(tx: ParleyDb, dealId: string): void {
  const row = tx
    .select({ id: deals.id })
    .from(deals)
    .where(and(eq(deals.id, dealId), isNull(deals.deletedAt)))
    .get();
  if (!row) throw notFound('The deal');
}

/**
 * Runs `write` for one deal in one transaction, then stamps the deal's `updated_at`.
 * `deal` is the deal's id, or reads it inside the transaction (from the row being written).
 */
export function writeDeal<T>(
  db: ParleyDb,
  deal: string | ((tx: ParleyDb) => string),
  write: (tx: ParleyDb, dealId: string) => T,
): T {
  return db.transaction((tx) => {
    const dealId = typeof deal === 'string' ? deal : deal(tx);
    assertLiveDeal(tx, dealId);
    const outer = written;
    if (!outer) for (const observer of observers) observer.before(db, dealId);
    written = outer ?? [];
    try {
      const result = write(tx, dealId);
      tx.update(deals).set({ updatedAt: nowIso() }).where(eq(deals.id, dealId)).run();
      if (!outer) for (const observer of observers) observer.after(db, tx, dealId, written);
      return result;
    } finally {
      written = outer;
    }
  });
}

const labelOf = (entry: DealTable) => `The ${entry.label.toLowerCase().replace(/s$/, '')}`;

/** A row of `entry` by id; `deleted` says which rows count (live ones by default). */
function rowOf(tx: ParleyDb, entry: DealTable, id: string, deleted = false): Row {
  const where = [eq(col(entry, 'id'), id)];
  if (hasField(entry, 'deletedAt'))
    where.push(deleted ? isNotNull(col(entry, 'deletedAt')) : isNull(col(entry, 'deletedAt')));
  const row = tx
    .select()
    .from(entry.table)
    .where(and(...where) as SQL)
    .get() as Row | undefined;
  if (!row) throw notFound(deleted ? `${labelOf(entry)} to restore` : labelOf(entry));
  return row;
}

/** The deal of a row, through its live parents (an option of a deleted issue is gone too). */
function dealOf(tx: ParleyDb, entry: DealTable, row: Row): string {
  if (entry.dealField) return row[entry.dealField] as string;
  const parent = dealTable(entry.parent);
  return dealOf(tx, parent, rowOf(tx, parent, row[entry.parentField] as string));
}

/** Reads the deal of a live row of `name` inside a write (for `writeDeal`'s `deal`). */
export const dealOfRow =
  (name: string, id: string) =>
  (tx: ParleyDb): string => {
    const entry = dealTable(name);
    return dealOf(tx, entry, rowOf(tx, entry, id));
  };

/** Live siblings of a row in list order (same parent, same `orderWithin` group). */
function siblings(tx: ParleyDb, entry: DealTable, row: Row): Row[] {
  const where = [entry.parentField, ...(entry.orderWithin ?? [])].map((field) => eq(col(entry, field), row[field]));
  if (hasField(entry, 'deletedAt')) where.push(isNull(col(entry, 'deletedAt')));
  const order = ['position', 'createdAt'].filter((f) => hasField(entry, f)).map((f) => asc(col(entry, f)));
  return tx
    .select()
    .from(entry.table)
    .where(and(...where) as SQL)
    .orderBy(...order)
    .all() as Row[];
}

function renumber(tx: ParleyDb, entry: DealTable, ids: string[]): void {
  ids.forEach((id, position) => {
    tx.update(entry.table)
      .set({ position } as never)
      .where(eq(col(entry, 'id'), id))
      .run();
  });
}

/** Puts `id` at `index` among the siblings of `row` and numbers them all. */
function place(tx: ParleyDb, entry: DealTable, row: Row, index: number): void {
  const ids = siblings(tx, entry, row)
    .map((r) => r.id as string)
    .filter((id) => id !== row.id);
  ids.splice(Math.min(Math.max(index, 0), ids.length), 0, row.id as string);
  renumber(tx, entry, ids);
}

const stamped = (entry: DealTable, values: Row, now: string): Row => ({
  ...values,
  ...(hasField(entry, 'updatedAt') ? { updatedAt: now } : {}),
});

/**
 * Inserts a row of a list table (inside `writeDeal`): after `afterId` among its siblings,
 * or at the end. Stamps created/updated times where the table has them. Answers the row
 * as stored.
 */
export function insertRow(tx: ParleyDb, name: string, values: Row, afterId?: string | null): Row {
  const entry = dealTable(name);
  const now = nowIso();
  const row = stamped(entry, { ...(hasField(entry, 'createdAt') ? { createdAt: now } : {}), ...values }, now);
  const order = siblings(tx, entry, row).map((r) => r.id as string);
  const inserted = tx
    .insert(entry.table)
    .values((hasField(entry, 'position') ? { ...row, position: order.length } : row) as never)
    .returning()
    .get() as Row;
  if (hasField(entry, 'position')) {
    const after = afterId ? order.indexOf(afterId) : -1;
    place(tx, entry, inserted, after >= 0 ? after + 1 : order.length);
  }
  noteWritten(name, inserted.id);
  return rowOf(tx, entry, inserted.id as string);
}

/**
 * Writes `patch` onto a live row (inside `writeDeal`), stamping its `updated_at`; answers the
 * row as stored. `expected`: the values the edit started from, for the fields it patches —
 * if another window changed one of them meanwhile, the write is refused with a `conflict`
 * (`refuseIfChangedElsewhere`, as for a deal's own fields) and nothing is written.
 */
export function updateRow(tx: ParleyDb, name: string, id: string, patch: Row, expected: Row = {}): Row {
  const entry = dealTable(name);
  refuseIfChangedElsewhere(rowOf(tx, entry, id), expected);
  const values = stamped(entry, patch, nowIso());
  if (Object.keys(values).length > 0) {
    tx.update(entry.table)
      .set(values as never)
      .where(eq(col(entry, 'id'), id))
      .run();
  }
  noteWritten(name, id);
  return rowOf(tx, entry, id);
}

/** Soft delete: the row leaves every screen, read and file at once; `restoreRow` undoes it. */
export function deleteRow(db: ParleyDb, name: string, id: string): Row {
  const entry = dealTable(name);
  return writeDeal(db, dealOfRow(name, id), (tx) => {
    const now = nowIso();
    tx.update(entry.table)
      .set(stamped(entry, { deletedAt: now }, now) as never)
      .where(eq(col(entry, 'id'), id))
      .run();
    noteWritten(name, id);
    return rowOf(tx, entry, id, true);
  });
}

/** Undo of a delete: the same row, with its children and links, back at its place in the list. */
export function restoreRow(db: ParleyDb, name: string, id: string): Row {
  const entry = dealTable(name);
  return writeDeal(
    db,
    (tx) => dealOf(tx, entry, rowOf(tx, entry, id, true)),
    (tx) => {
      const deleted = rowOf(tx, entry, id, true);
      // Its old place: as many live siblings before it as there were positions before it.
      const before = siblings(tx, entry, deleted).filter((r) => (r.position as number) < (deleted.position as number));
      tx.update(entry.table)
        .set(stamped(entry, { deletedAt: null }, nowIso()) as never)
        .where(eq(col(entry, 'id'), id))
        .run();
      const row = rowOf(tx, entry, id);
      if (hasField(entry, 'position')) place(tx, entry, row, before.length);
      noteWritten(name, id);
      return rowOf(tx, entry, id);
    },
  );
}

/**
 * Removes a deleted row for good (its children cascade) and answers it as it was. Live rows are
 * refused. A shared deal keeps it (deleted): its doc never drops a row (db/teamSync/doc.ts).
 */
export function purgeRow(db: ParleyDb, name: string, id: string): Row {
  const entry = dealTable(name);
  return writeDeal(
    db,
    (tx) => dealOf(tx, entry, rowOf(tx, entry, id, true)),
    (tx, dealId) => {
      const row = rowOf(tx, entry, id, true);
      if (tx.select().from(teamSyncDeals).where(eq(teamSyncDeals.dealId, dealId)).get()) return row;
      tx.delete(entry.table)
        .where(and(eq(col(entry, 'id'), id), isNotNull(col(entry, 'deletedAt'))) as SQL)
        .run();
      return row;
    },
  );
}

/** Moves a live row to `index` among its siblings; answers the siblings in their new order. */
export function moveRow(db: ParleyDb, name: string, id: string, index: number): Row[] {
  const entry = dealTable(name);
  return writeDeal(db, dealOfRow(name, id), (tx) => {
    const row = rowOf(tx, entry, id);
    place(tx, entry, row, index);
    noteWritten(name, id);
    return siblings(tx, entry, row);
  });
}
