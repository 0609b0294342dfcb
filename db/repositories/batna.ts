import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import {
  BATNA_DEFAULTS,
  type Batna,
  type BatnaAction,
  type BatnaPatch,
  batnaActionPatchSchema,
  batnaActionRestoreSchema,
  batnaPatchSchema,
  newBatnaActionSchema,
} from '../../core/batna';
import { notFound } from '../../core/errors';
import { nowIso } from '../../core/time';
import type { ParleyDb } from '../database';
import { batnaActions, batnas, issues } from '../schema';
import { alreadyExists, assertLiveDeal, foreignRow, orderWithInsert, touchLiveDeal } from './dealChild';

type BatnaRow = typeof batnas.$inferSelect;

const toBatna = (row: BatnaRow): Batna => ({ ...row });

/** A deal without a BATNA row reads as the defaults: nothing is written until the user types. */
export function getBatna(db: ParleyDb, dealId: string): Batna {
  assertLiveDeal(db, dealId);
  const row = db.select().from(batnas).where(eq(batnas.dealId, dealId)).get();
  return row ? toBatna(row) : { ...BATNA_DEFAULTS, dealId, updatedAt: null };
}

export function updateBatna(db: ParleyDb, dealId: string, patch: BatnaPatch): Batna {
  const parsed = batnaPatchSchema.parse(patch);
  return db.transaction((tx) => {
    touchLiveDeal(tx, dealId);
    if (parsed.mainIssueId) {
      const issue = tx.select({ dealId: issues.dealId }).from(issues).where(eq(issues.id, parsed.mainIssueId)).get();
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
const toAction = (row: ActionRow): BatnaAction => ({ ...row });

function actionRows(db: ParleyDb, dealId: string): ActionRow[] {
  return db
    .select()
    .from(batnaActions)
    .where(eq(batnaActions.dealId, dealId))
    .orderBy(asc(batnaActions.position))
    .all();
}

export function listBatnaActions(db: ParleyDb, dealId: string): BatnaAction[] {
  assertLiveDeal(db, dealId);
  return actionRows(db, dealId).map(toAction);
}

function actionRow(db: ParleyDb, id: string): ActionRow {
  const row = db.select().from(batnaActions).where(eq(batnaActions.id, id)).get();
  if (!row) throw notFound('The action');
  return row;
}

export function addBatnaAction(db: ParleyDb, input: unknown): BatnaAction {
  const parsed = newBatnaActionSchema.parse(input);
  return db.transaction((tx) => {
    touchLiveDeal(tx, parsed.dealId);
    const id = randomUUID();
    const siblings = actionRows(tx, parsed.dealId).map((r) => r.id);
    tx.insert(batnaActions)
      .values({
        id,
        dealId: parsed.dealId,
        text: parsed.text ?? '',
        owner: '',
        dueDate: null,
        done: false,
        position: siblings.length,
      })
      .run();
    orderWithInsert(siblings, id, parsed.afterId).forEach((rowId, position) => {
      tx.update(batnaActions).set({ position }).where(eq(batnaActions.id, rowId)).run();
    });
    return toAction(actionRow(tx, id));
  });
}

export function updateBatnaAction(db: ParleyDb, id: string, patch: unknown): BatnaAction {
  const parsed = batnaActionPatchSchema.parse(patch);
  return db.transaction((tx) => {
    touchLiveDeal(tx, actionRow(tx, id).dealId);
    if (Object.keys(parsed).length > 0) tx.update(batnaActions).set(parsed).where(eq(batnaActions.id, id)).run();
    return toAction(actionRow(tx, id));
  });
}

export function deleteBatnaAction(db: ParleyDb, id: string): BatnaAction {
  return db.transaction((tx) => {
    const row = actionRow(tx, id);
    touchLiveDeal(tx, row.dealId);
    tx.delete(batnaActions).where(eq(batnaActions.id, id)).run();
    return toAction(row);
  });
}

export function restoreBatnaAction(db: ParleyDb, snapshot: unknown): BatnaAction {
  const parsed = batnaActionRestoreSchema.parse(snapshot);
  return db.transaction((tx) => {
    touchLiveDeal(tx, parsed.dealId);
    if (tx.select({ id: batnaActions.id }).from(batnaActions).where(eq(batnaActions.id, parsed.id)).get()) {
      throw alreadyExists('This action');
    }
    tx.insert(batnaActions).values(parsed).run();
    return toAction(actionRow(tx, parsed.id));
  });
}
