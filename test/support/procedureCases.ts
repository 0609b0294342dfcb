import { z } from 'zod';
import { contract, type ProcedureName, procedureNames } from '../../api/contract';
import { ROW_TABLE_NAMES, type RowTableName } from '../../core/rowTables';

/**
 * What the whole-API tests (fuzz, disk full) iterate: every procedure, with the generic row
 * family (`rows.*`) taken once per list table of core/rowTables.ts — so each table's own
 * fields get their own cases, and a table added there is covered with no change here.
 */
export type ProcedureCase = readonly [name: ProcedureName, table: RowTableName | null];

export const procedureCases = (names: readonly ProcedureName[] = procedureNames): ProcedureCase[] =>
  names.flatMap((name): ProcedureCase[] =>
    name.startsWith('rows.') ? ROW_TABLE_NAMES.map((table) => [name, table] as const) : [[name, null] as const],
  );

export const caseLabel = ([name, table]: ProcedureCase) => (table ? `${name} ${table}` : name);

/** The procedure's input schema, narrowed to one table for the row family. */
export function caseInput([name, table]: ProcedureCase): z.ZodType {
  const input = contract[name].input as z.ZodType;
  if (!table) return input;
  if (input instanceof z.ZodDiscriminatedUnion) {
    const option = (input.options as z.ZodObject[]).find((o) => (o.shape.table as z.ZodLiteral).value === table);
    if (!option) throw new Error(`${name} has no input for ${table}`);
    return option;
  }
  return (input as z.ZodObject).extend({ table: z.literal(table) });
}
