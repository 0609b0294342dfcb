import { randomUUID } from 'node:crypto';
import { and, eq, getTableColumns, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import { notFound, refuseIfChangedElsewhere, UserError } from '../../core/errors';
import { nowIso } from '../../core/time';
import { liveRowIds, readTableRows, withoutCascadedRows } from '../dealTables/read';
import { DEAL_TABLES, dealTable } from '../dealTables/registry';
import {
  assertLiveDeal,
  dealOfRow,
  deleteRow,
  insertRow,
  moveRow,
  purgeRow,
  restoreRow,
  updateRow,
  writeDeal,
} from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';

/** The shared columns of a deal's list rows (see db/schema/rowColumns.ts). */
interface RowColumns {
  id: SQLiteColumn;
  dealId: SQLiteColumn;
  position: SQLiteColumn;
  deletedAt: SQLiteColumn;
  createdAt: SQLiteColumn;
  updatedAt: SQLiteColumn;
  [name: string]: SQLiteColumn;
}

/** A field holding the id of another row of the same deal (approver, anchor of a ladder step). */
export interface RowReference {
  field: string;
  table: SQLiteTable;
  label: string;
}

export interface RowStoreConfig<T extends SQLiteTable, E> {
  table: T;
  /** "The stakeholder": used in not-found messages. */
  label: string;
  newSchema: z.ZodType<Record<string, unknown>>;
  patchSchema: z.ZodType<Record<string, unknown>>;
  defaults: Record<string, unknown>;
  references?: RowReference[];
  /** A field at most one live row of the table may hold a given value of (e.g. one anchor per issue). */
  unique?: { field: string; message: string };
  /** Rules across fields (and rows they name), checked on the whole row after a patch: field → message. */
  check?: (row: T['$inferSelect'], db: ParleyDb) => Record<string, string>;
  toEntity?: (row: T['$inferSelect']) => E;
  /**
   * Shapes stored rows as the screens read them, with the database at hand (an interest's
   * linked issues, a question's link to a deleted interest read as none). Default: `toEntity`.
   */
  read?: (db: ParleyDb, rows: T['$inferSelect'][]) => E[];
  /**
   * Writes the fields the registry stores outside the table (its entry's `notColumns`, e.g.
   * an interest's `issueIds`), inside the row's own write, after the row.
   */
  writeExtra?: (tx: ParleyDb, row: T['$inferSelect'], values: Record<string, unknown>, dealId: string) => void;
  /**
   * Domain rules a write carries beyond its own row, run after the checks, before the row is
   * written: answers the columns to write (e.g. the main issue's walk-away goes to the BATNA
   * step instead; marking an option as the walk-away unmarks its siblings). `current`: the row
   * as stored, null for a new row.
   */
  beforeWrite?: (
    tx: ParleyDb,
    write: {
      values: Record<string, unknown>;
      current: T['$inferSelect'] | null;
      dealId: string;
      /** The fields written outside the table (`notColumns`), for rules that depend on them. */
      extra: Record<string, unknown>;
    },
  ) => Record<string, unknown>;
}

export type RowEntity<T extends SQLiteTable> = Omit<T['$inferSelect'], 'deletedAt'>;

/** `{ strength: undefined }` passes a partial schema; it must mean "not given", not "set to nothing". */
export const defined = (values: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));

/** A stored row as the screens read it: without its soft-delete mark. */
export const stripDeleted = <R extends { deletedAt?: unknown }>(row: R): Omit<R, 'deletedAt'> => {
  const { deletedAt: _deleted, ...entity } = row;
  return entity;
};

/**
 * Create / read / update / soft-delete / restore / purge / reorder / copy for one list
 * table of a deal. Every write validates with the core schema first, so a bad value
 * never reaches SQLite, and every id is checked to belong to a live deal.
 */
export function defineRowStore<T extends SQLiteTable, E = RowEntity<T>>(config: RowStoreConfig<T, E>) {
  const { table, label } = config;
  const cols = getTableColumns(table) as unknown as RowColumns;
  type Row = T['$inferSelect'];
  const toEntity = config.toEntity ?? ((row: Row) => stripDeleted(row as { deletedAt?: unknown }) as E);
  const readAll = (db: ParleyDb, rows: Row[]): E[] => (config.read ? config.read(db, rows) : rows.map(toEntity));
  const readOne = (db: ParleyDb, row: Row): E => readAll(db, [row])[0] as E;
  // Rows without creation times (older tables) are ordered by position alone.

  /** A live row (not deleted, nor under a deleted parent) of a live deal. */
  const liveRow = (db: ParleyDb, id: string): Row => {
    const row = db
      .select()
      .from(table)
      .where(and(eq(cols.id, id), isNull(cols.deletedAt)) as SQL)
      .get() as Row | undefined;
    if (!row || !liveRowIds(db, entry(), [id]).has(id)) throw notFound(label);
    assertLiveDeal(db, dealOfRow(name(), id)(db));
    return row;
  };

  /** Each id a write names must be a live row of the same deal (an option's issue, a step's anchor). */
  const checkReferences = (db: ParleyDb, dealId: string, values: Record<string, unknown>) => {
    for (const reference of config.references ?? []) {
      const id = values[reference.field];
      if (typeof id !== 'string') continue;
      const target = DEAL_TABLES.find((e) => e.table === reference.table);
      const found = target && liveRowIds(db, target, [id]).has(id) && dealOfRow(target.name, id)(db) === dealId;
      if (!found) {
        throw new UserError('not_found', `${reference.label} was not found in this deal.`, {
          [reference.field]: `${reference.label} was not found in this deal.`,
        });
      }
    }
  };

  const checkUnique = (db: ParleyDb, values: Record<string, unknown>, exceptId: string | null) => {
    const unique = config.unique;
    const value = unique ? values[unique.field] : undefined;
    const column = unique ? cols[unique.field] : undefined;
    if (!unique || !column || value === null || value === undefined) return;
    const clash = db
      .select({ id: cols.id })
      .from(table)
      .where(and(eq(column, value), isNull(cols.deletedAt)) as SQL)
      .all()
      .some((r) => r.id !== exceptId);
    if (clash) throw new UserError('conflict', unique.message, { [unique.field]: unique.message });
  };

  const runCheck = (db: ParleyDb, row: Row) => {
    const problems = config.check?.(row, db) ?? {};
    const messages = Object.values(problems);
    if (messages.length > 0) throw new UserError('invalid_input', messages.join(' · '), problems);
  };

  const entry = () => {
    const found = DEAL_TABLES.find((e) => e.table === table);
    if (!found) throw new Error(`${label}: its table is not in the deal-table registry`);
    return found;
  };
  const name = (): string => entry().name;

  /** Splits written values into the table's columns and the fields stored elsewhere (`notColumns`). */
  const split = (values: Record<string, unknown>) => {
    const elsewhere = new Set(dealTable(name()).notColumns ?? []);
    const columns: Record<string, unknown> = {};
    const extra: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(values)) (elsewhere.has(field) ? extra : columns)[field] = value;
    return { columns, extra, hasExtra: Object.keys(extra).length > 0 };
  };

  return {
    table,
    /** The schemas a new row and a patch are checked with (the same as core/rowTables.ts declares). */
    newSchema: config.newSchema,
    patchSchema: config.patchSchema,

    /** The deal's live rows in list order, without those under a deleted parent (see `withoutCascadedRows`). */
    list(db: ParleyDb, dealId: string): E[] {
      assertLiveDeal(db, dealId);
      const rows = readTableRows(db, entry(), [dealId]).get(dealId) ?? [];
      return readAll(db, withoutCascadedRows(db, entry(), rows) as Row[]);
    },

    get(db: ParleyDb, id: string): E {
      return readOne(db, liveRow(db, id));
    },

    /** A new row: after `afterId` among its siblings (Enter on a row), at the end without one. */
    create(db: ParleyDb, dealId: string, input: unknown, afterId?: string): E {
      const parsed = defined(config.newSchema.parse(input ?? {}));
      return writeDeal(db, dealId, (tx) => {
        const { columns, extra, hasExtra } = split({ ...config.defaults, ...parsed });
        checkReferences(tx, dealId, columns);
        checkUnique(tx, columns, null);
        runCheck(tx, { ...columns, dealId } as unknown as Row);
        const values = config.beforeWrite?.(tx, { values: columns, current: null, dealId, extra }) ?? columns;
        const owner = cols.dealId ? { dealId } : {}; // options hang off their issue, which holds the deal
        const row = insertRow(tx, name(), { ...values, id: randomUUID(), ...owner, deletedAt: null }, afterId) as Row;
        if (!hasExtra) return readOne(tx, row);
        config.writeExtra?.(tx, row, extra, dealId);
        return readOne(tx, liveRow(tx, (row as { id: string }).id));
      });
    },

    /** `expected`: the values the edit started from (see `updateRow`); a stale write is refused. */
    update(db: ParleyDb, id: string, patch: unknown, expected?: unknown): E {
      const parsed = defined(config.patchSchema.parse(patch ?? {}));
      const base = defined(config.patchSchema.parse(expected ?? {}));
      const patchOf = split(parsed);
      const baseOf = split(base);
      return writeDeal(db, dealOfRow(name(), id), (tx, dealId) => {
        const current = liveRow(tx, id);
        // Checked first: a value changed elsewhere is the reason to give, not a rule it now breaks.
        refuseIfChangedElsewhere(current, baseOf.columns);
        if (baseOf.hasExtra) refuseIfChangedElsewhere(readOne(tx, current) as Record<string, unknown>, baseOf.extra);
        checkReferences(tx, dealId, patchOf.columns);
        checkUnique(tx, patchOf.columns, id);
        runCheck(tx, { ...current, ...patchOf.columns } as Row);
        const values =
          config.beforeWrite?.(tx, { values: patchOf.columns, current, dealId, extra: patchOf.extra }) ??
          patchOf.columns;
        const row = updateRow(tx, name(), id, values, baseOf.columns) as Row;
        if (!patchOf.hasExtra) return readOne(tx, row);
        config.writeExtra?.(tx, row, patchOf.extra, dealId);
        return readOne(tx, liveRow(tx, id));
      });
    },

    /** Soft delete: the row disappears at once and `restore` can bring it back. */
    remove(db: ParleyDb, id: string): { id: string } {
      liveRow(db, id);
      deleteRow(db, name(), id);
      return { id };
    },

    restore(db: ParleyDb, id: string): E {
      const deleted = db
        .select()
        .from(table)
        .where(and(eq(cols.id, id), isNotNull(cols.deletedAt)) as SQL)
        .get() as Record<string, unknown> | undefined;
      if (deleted) checkUnique(db, deleted, id);
      return readOne(db, restoreRow(db, name(), id) as Row);
    },

    /** Removes a soft-deleted row for good (its own children cascade). Live rows are refused. */
    purge(db: ParleyDb, id: string): Row {
      return purgeRow(db, name(), id) as Row;
    },

    /** Moves a row to `index` among its siblings (see db/dealTables/write.ts for the numbering). */
    move(db: ParleyDb, id: string, index: number): E[] {
      return readAll(db, moveRow(db, name(), id, index) as Row[]);
    },
  };
}

export type RowStore<E> = {
  table: SQLiteTable;
  newSchema: z.ZodType;
  patchSchema: z.ZodType;
  list(db: ParleyDb, dealId: string): E[];
  get(db: ParleyDb, id: string): E;
  create(db: ParleyDb, dealId: string, input: unknown, afterId?: string): E;
  update(db: ParleyDb, id: string, patch: unknown, expected?: unknown): E;
  remove(db: ParleyDb, id: string): { id: string };
  restore(db: ParleyDb, id: string): E;
  purge(db: ParleyDb, id: string): unknown;
  move(db: ParleyDb, id: string, index: number): E[];
};

/** A one-row-per-deal record (assessment, governance): defaults until first edited. */
export function defineDealRecord<T extends SQLiteTable, F extends Record<string, unknown>>(config: {
  table: T;
  defaults: F;
  patchSchema: z.ZodType<Partial<F>>;
}) {
  const cols = getTableColumns(config.table) as unknown as RowColumns;
  const toFields = (row: Record<string, unknown>): F => {
    const fields = {} as Record<string, unknown>;
    for (const key of Object.keys(config.defaults)) fields[key] = row[key];
    return fields as F;
  };
  const read = (db: ParleyDb, dealId: string): F => {
    const row = db.select().from(config.table).where(eq(cols.dealId, dealId)).get() as
      | Record<string, unknown>
      | undefined;
    return row ? toFields(row) : { ...config.defaults };
  };
  return {
    get(db: ParleyDb, dealId: string): F {
      assertLiveDeal(db, dealId);
      return read(db, dealId);
    },
    update(db: ParleyDb, dealId: string, patch: unknown): F {
      const parsed = defined(config.patchSchema.parse(patch ?? {}));
      return writeDeal(db, dealId, (tx) => {
        const merged = { ...read(tx, dealId), ...parsed, dealId, updatedAt: nowIso() };
        tx.insert(config.table)
          .values(merged as T['$inferInsert'])
          .onConflictDoUpdate({ target: cols.dealId, set: merged as Partial<T['$inferInsert']> })
          .run();
        return read(tx, dealId);
      });
    },
  };
}
