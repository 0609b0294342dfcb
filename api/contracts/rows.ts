import { z } from 'zod';
import {
  type NewRowOf,
  ROW_TABLE_NAMES,
  ROW_TABLES,
  type RowOf,
  type RowPatchOf,
  type RowTableName,
} from '../../core/rowTables';
import { rowPosition } from '../../core/scales';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';

/**
 * ONE family of procedures for every list table of a deal (core/rowTables.ts), by the
 * table's registry name: `rows.list / create / update / delete / restore / purge / move`.
 * `fields` and `patch` are checked against that table's own schema at the boundary, so a
 * wrong table or field is refused with a message naming it. A new list table needs no
 * change here. Domain verbs (suggest offers, attach a file, set weights…) stay named.
 */
const tables = ROW_TABLE_NAMES.join(', ');
const tableName = z.enum(ROW_TABLE_NAMES, { error: `Table must be one of: ${tables}` });
const onlyKnownTables = { error: `Table must be one of: ${tables}` };

/** One strict object per table, joined on `table`: the parsed input says which table it is. */
function perTable<Shape extends (name: RowTableName) => z.core.$ZodShape>(shape: Shape) {
  const [first, ...rest] = ROW_TABLE_NAMES.map((name) => z.strictObject({ table: z.literal(name), ...shape(name) }));
  return z.discriminatedUnion('table', [first as z.ZodObject, ...(rest as z.ZodObject[])], onlyKnownTables);
}

export type RowsCreateInput = {
  /** `afterId`: the new row goes right after this one (Enter on a row); at the end without it. */
  [T in RowTableName]: { table: T; dealId: string; fields: NewRowOf<T>; afterId?: string | undefined };
}[RowTableName];
export type RowsUpdateInput = {
  [T in RowTableName]: {
    table: T;
    id: string;
    patch: RowPatchOf<T>;
    /** The values the edit started from; a field changed meanwhile refuses the write ("changed in another window"). */
    expected?: RowPatchOf<T> | undefined;
  };
}[RowTableName];

const createInput = perTable((name) => ({
  dealId: entityId('Deal id'),
  fields: ROW_TABLES[name].create,
  afterId: entityId('Row id').optional(),
})) as unknown as z.ZodType<RowsCreateInput, RowsCreateInput>;
const updateInput = perTable((name) => ({
  id: entityId('Row id'),
  patch: ROW_TABLES[name].patch,
  expected: ROW_TABLES[name].patch.optional(),
})) as unknown as z.ZodType<RowsUpdateInput, RowsUpdateInput>;

const listInput = z.strictObject({ table: tableName, dealId: entityId('Deal id') });
const rowInput = z.strictObject({ table: tableName, id: entityId('Row id') });
const moveInput = z.strictObject({ table: tableName, id: entityId('Row id'), index: rowPosition });

/** Any row of any list table; the renderer's `rowsApi(table)` narrows it to the table's row. */
export type AnyRow = RowOf<RowTableName>;

export const rowContract = {
  'rows.list': query(listInput)<AnyRow[]>(),
  'rows.create': mutation(createInput)<AnyRow>(),
  'rows.update': mutation(updateInput)<AnyRow>(),
  /** Soft delete: the row leaves every screen at once; `rows.restore` undoes it. */
  'rows.delete': mutation(rowInput)<{ id: string }>(),
  'rows.restore': mutation(rowInput)<AnyRow>(),
  /** Moves a row to `index` among its siblings; answers them in their new order. */
  'rows.move': mutation(moveInput)<AnyRow[]>(),
  /**
   * Removes a soft-deleted row for good when its Undo toast goes. Open to every table whose
   * rows are soft-deleted (issues, positions… too), checked against the registry.
   */
  'rows.purge': mutation(
    z.strictObject({ table: z.string().min(1).max(60, 'Unknown table'), id: entityId('Row id') }),
  )<{ id: string }>(),
};
