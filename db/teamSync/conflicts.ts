import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { notFound, UserError } from '../../core/errors';
import { nowIso } from '../../core/time';
import type { ParleyDb } from '../database';
import { updateRow, writeDeal } from '../dealTables/write';
import { teamSyncConflicts } from '../schema';
import { syncedTable } from './doc';

const candidatesSchema = z.array(
  z.object({ author: z.string(), you: z.boolean(), value: z.unknown(), kept: z.boolean() }),
);

export interface SyncConflict {
  id: number;
  table: string;
  rowId: string;
  field: string;
  /** Money and objectives (number fields) are listed first. */
  money: boolean;
  candidates: z.infer<typeof candidatesSchema>;
  /** "Anchor · Target: you 410,000 · Maria 420,000" */
  summary: string;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const show = (value: unknown) =>
  typeof value === 'number' ? numberFormat.format(value) : value === null || value === '' ? '(empty)' : String(value);
/** "walkAway" → "Walk away". */
const fieldLabel = (field: string) => {
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function isNumberField(table: string, field: string): boolean {
  const schema = syncedTable(table)?.fields.shape[field] as z.ZodType | undefined;
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
      const entry = syncedTable(row.tableName);
      const label = `${entry ? `${entry.label.replace(/s$/, '')} · ` : ''}${fieldLabel(row.field)}`;
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
 * the doc and the colleagues) unless the merge already kept it, and marks the conflict resolved.
 */
export function resolveConflict(db: ParleyDb, dealId: string, conflictId: number, pick: number): void {
  const conflict = listConflicts(db, dealId).find((c) => c.id === conflictId);
  if (!conflict) throw notFound('The conflict');
  const choice = conflict.candidates[pick];
  if (!choice) throw new UserError('invalid_input', 'Pick one of the values listed.');
  const schema = syncedTable(conflict.table)?.fields.shape[conflict.field] as z.ZodType | undefined;
  writeDeal(db, dealId, (tx) => {
    if (!choice.kept && schema) {
      updateRow(tx, conflict.table, conflict.rowId, { [conflict.field]: schema.parse(choice.value) });
    }
    tx.update(teamSyncConflicts).set({ resolvedAt: nowIso() }).where(eq(teamSyncConflicts.id, conflictId)).run();
  });
}
