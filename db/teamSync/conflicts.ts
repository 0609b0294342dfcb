import { and, asc, eq, getTableColumns, isNull } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { dealFieldsSchema } from '../../core/deal';
import { notFound, UserError } from '../../core/errors';
import type { SyncConflict } from '../../core/sharedDeal';
import { nowIso } from '../../core/time';
import type { ParleyDb } from '../database';
import { updateRow, writeDeal } from '../dealTables/write';
import { deals, teamSyncConflicts } from '../schema';
import { sharedDeal } from './bridge';
import { DEAL_MAP, syncedRecord, syncedTable } from './doc';

const candidatesSchema = z.array(
  z.object({ author: z.string(), you: z.boolean(), value: z.unknown(), kept: z.boolean() }),
);

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const show = (value: unknown) =>
  typeof value === 'number' ? numberFormat.format(value) : value === null || value === '' ? '(empty)' : String(value);
/** "walkAway" → "Walk away". */
const fieldLabel = (field: string) => {
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Where a conflict's field lives: a list row, a one-per-deal record, or the deal's own fields. */
function placeOf(table: string): { label: string; schema: z.ZodObject | undefined } {
  if (table === DEAL_MAP) return { label: 'Deal', schema: dealFieldsSchema };
  const record = syncedRecord(table);
  if (record) return { label: record.label, schema: record.fields };
  const list = syncedTable(table);
  return { label: list ? list.label.replace(/s$/, '') : '', schema: list?.fields };
}
const fieldSchema = (table: string, field: string) => placeOf(table).schema?.shape[field] as z.ZodType | undefined;

function isNumberField(table: string, field: string): boolean {
  const schema = fieldSchema(table, field);
  if (!schema) return false;
  const inner = schema instanceof z.ZodNullable || schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  return inner instanceof z.ZodNumber;
}

/** Fields both sides changed while apart, not yet resolved: money and objectives first. */
export function listConflicts(db: ParleyDb, dealId: string): SyncConflict[] {
  const rows = db
    .select()
    .from(teamSyncConflicts)
    .where(and(eq(teamSyncConflicts.dealId, dealId), isNull(teamSyncConflicts.resolvedAt)))
    .orderBy(asc(teamSyncConflicts.id))
    .all();
  return rows
    .map((row) => {
      const candidates = candidatesSchema.parse(JSON.parse(row.candidates));
      const place = placeOf(row.tableName).label;
      const label = `${place ? `${place} · ` : ''}${fieldLabel(row.field)}`;
      const values = candidates.map((c) => `${c.you ? 'you' : c.author} ${show(c.value)}`).join(' · ');
      return {
        id: row.id,
        table: row.tableName,
        rowId: row.rowId,
        field: row.field,
        money: isNumberField(row.tableName, row.field),
        candidates,
        summary: `${label}: ${values}`,
      };
    })
    .sort((a, b) => Number(b.money) - Number(a.money));
}

/**
 * "Keep which?": writes the value the user picked (through the one write path, so it reaches
 * the doc and the colleagues) unless the merge already kept it, and marks the conflict resolved
 * here and, through the doc, on every laptop that listed it.
 */
export function resolveConflict(db: ParleyDb, dealId: string, conflictId: number, pick: number): void {
  const conflict = listConflicts(db, dealId).find((c) => c.id === conflictId);
  if (!conflict) throw notFound('The conflict');
  const choice = conflict.candidates[pick];
  if (!choice) throw new UserError('invalid_input', 'Pick one of the values listed.');
  const schema = fieldSchema(conflict.table, conflict.field);
  writeDeal(db, dealId, (tx) => {
    if (!choice.kept && schema) {
      const value = { [conflict.field]: schema.parse(choice.value) };
      const record = syncedRecord(conflict.table);
      if (conflict.table === DEAL_MAP) tx.update(deals).set(value).where(eq(deals.id, dealId)).run();
      else if (record) {
        const columns = getTableColumns(record.table) as unknown as Record<string, SQLiteColumn>;
        tx.update(record.table)
          .set({ ...value, ...('updatedAt' in columns ? { updatedAt: nowIso() } : {}) } as never)
          .where(eq(columns[record.dealField as string] as SQLiteColumn, dealId))
          .run();
      } else updateRow(tx, conflict.table, conflict.rowId, value);
    }
    tx.update(teamSyncConflicts).set({ resolvedAt: nowIso() }).where(eq(teamSyncConflicts.id, conflictId)).run();
    // The colleagues listed the same conflict: it leaves their lists too.
    sharedDeal(db, dealId)?.noteResolved(tx, { ...conflict, values: conflict.candidates.map((c) => c.value) });
  });
}
