import { and, eq, isNull } from 'drizzle-orm';
import {
  BATNA_ACTION_DEFAULTS,
  BATNA_DEFAULTS,
  type Batna,
  type BatnaAction,
  type BatnaPatch,
  batnaActionPatchSchema,
  batnaPatchSchema,
  newBatnaActionSchema,
} from '../../core/batna';
import { nowIso } from '../../core/time';
import { assertLiveDeal, writeDeal } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import { batnaActions, batnas, issues } from '../schema';
import { foreignRow } from './dealChild';
import { defineRowStore } from './dealRows';

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

/** Steps that would make our BATNA stronger. */
export const batnaActionStore = defineRowStore<typeof batnaActions, BatnaAction>({
  table: batnaActions,
  label: 'The action',
  newSchema: newBatnaActionSchema,
  patchSchema: batnaActionPatchSchema,
  defaults: BATNA_ACTION_DEFAULTS,
});
