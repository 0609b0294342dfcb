import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import {
  BATNA_DEFAULTS,
  type Batna,
  type BatnaAction,
  type BatnaPatch,
  batnaActionPatchSchema,
  batnaPatchSchema,
  newBatnaActionSchema,
} from '../../core/batna';
import { nowIso } from '../../core/time';
import type { ParleyDb } from '../database';
import { dealOfRow, deleteRow, insertRow, restoreRow, updateRow, writeDeal } from '../dealTables/write';
import { batnaActions, batnas, issues } from '../schema';
import { assertLiveDeal, foreignRow } from './dealChild';

type BatnaRow = typeof batnas.$inferSelect;

const toBatna = (row: BatnaRow): Batna => ({ ...row });

const liveIssue = (db: ParleyDb, id: string) =>
  db
    .select({ dealId: issues.dealId })
    .from(issues)
    .where(and(eq(issues.id, id), isNull(issues.deletedAt)))
    .get();

/** A deal without a BATNA row reads as the defaults: nothing is written until the user types. */
export function getBatna(db: ParleyDb, dealId: string): Batna {
  assertLiveDeal(db, dealId);
  const row = db.select().from(batnas).where(eq(batnas.dealId, dealId)).get();
  if (!row) return { ...BATNA_DEFAULTS, dealId, updatedAt: null };
  // A main issue waiting in its undo window reads as none, as it will once purged.
  return toBatna(row.mainIssueId && !liveIssue(db, row.mainIssueId) ? { ...row, mainIssueId: null } : row);
}

export function updateBatna(db: ParleyDb, dealId: string, patch: BatnaPatch): Batna {
  const parsed = batnaPatchSchema.parse(patch);
  return writeDeal(db, dealId, (tx) => {
    if (parsed.mainIssueId) {
      const issue = liveIssue(tx, parsed.mainIssueId);
      if (issue?.dealId !== dealId) throw foreignRow('The main issue', 'mainIssueId');
    }
    const updatedAt = nowIso();
    tx.insert(batnas)
      .values({ ...BATNA_DEFAULTS, ...parsed, dealId, updatedAt })
      .onConflictDoUpdate({ target: batnas.dealId, set: { ...parsed, updatedAt } })
      .run();
    return getBatna(tx, dealId);
  });
}

type ActionRow = typeof batnaActions.$inferSelect;
const toAction = ({ deletedAt: _deleted, ...row }: ActionRow): BatnaAction => row;

export function listBatnaActions(db: ParleyDb, dealId: string): BatnaAction[] {
  assertLiveDeal(db, dealId);
  return db
    .select()
    .from(batnaActions)
    .where(and(eq(batnaActions.dealId, dealId), isNull(batnaActions.deletedAt)))
    .orderBy(asc(batnaActions.position))
    .all()
    .map(toAction);
}

export function addBatnaAction(db: ParleyDb, input: unknown): BatnaAction {
  const parsed = newBatnaActionSchema.parse(input);
  return writeDeal(db, parsed.dealId, (tx) => {
    const values = {
      id: randomUUID(),
      dealId: parsed.dealId,
      text: parsed.text ?? '',
      owner: '',
      dueDate: null,
      done: false,
    };
    return toAction(insertRow(tx, 'batnaActions', values, parsed.afterId) as ActionRow);
  });
}

export function updateBatnaAction(db: ParleyDb, id: string, patch: unknown): BatnaAction {
  const parsed = batnaActionPatchSchema.parse(patch);
  return writeDeal(db, dealOfRow('batnaActions', id), (tx) =>
    toAction(updateRow(tx, 'batnaActions', id, parsed) as ActionRow),
  );
}

export function deleteBatnaAction(db: ParleyDb, id: string): { id: string } {
  deleteRow(db, 'batnaActions', id);
  return { id };
}

export function restoreBatnaAction(db: ParleyDb, id: string): BatnaAction {
  return toAction(restoreRow(db, 'batnaActions', id) as ActionRow);
}
