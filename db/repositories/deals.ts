import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import {
  DEAL_DEFAULTS,
  type Deal,
  type DealFields,
  type DealPatch,
  type DealSummary,
  dealPatchSchema,
  type NewDeal,
  newDealSchema,
} from '../../core/deal';
import { notFound, refuseIfChangedElsewhere } from '../../core/errors';
import { nowIso } from '../../core/time';
import { dealFilePaths, removeFilesOfRemovedRows } from '../dealTables/files';
import { writeDeal } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import { deals } from '../schema';
import { type DealRow, toDeal } from './dealRow';
import { readinessScores } from './readiness';

export { type DealRow, toDeal } from './dealRow';

const summaryColumns = {
  id: deals.id,
  title: deals.title,
  counterparty: deals.counterparty,
  context: deals.context,
  ourSide: deals.ourSide,
  currency: deals.currency,
  status: deals.status,
  targetCloseDate: deals.targetCloseDate,
  archived: deals.archived,
  deletedAt: deals.deletedAt,
  createdAt: deals.createdAt,
  updatedAt: deals.updatedAt,
};

export interface DealListFilter {
  /** Archived deals are hidden unless asked for. */
  includeArchived?: boolean;
  /** "Recently deleted" shows only deals waiting for their undo window to close. */
  deleted?: boolean;
}

/**
 * Repository functions validate their input themselves (not only the API does), so
 * every writer — import, templates, tests — goes through the same rules.
 */
export function createDeal(db: ParleyDb, input: NewDeal): Deal {
  const parsed = newDealSchema.parse(input);
  const now = nowIso();
  // `{ context: undefined }` is valid input for an optional field: it must not erase the default.
  const given = Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined));
  const fields: DealFields = { ...DEAL_DEFAULTS, ...given, title: parsed.title };
  const row = db
    .insert(deals)
    .values({ id: randomUUID(), ...fields, archived: false, createdAt: now, updatedAt: now })
    .returning()
    .get();
  return toDeal(row);
}

/** A deal the user can see: not deleted. */
function findRow(db: ParleyDb, id: string): DealRow | undefined {
  return db
    .select()
    .from(deals)
    .where(and(eq(deals.id, id), isNull(deals.deletedAt)))
    .get();
}

export function getDeal(db: ParleyDb, id: string): Deal {
  const row = findRow(db, id);
  if (!row) throw notFound('The deal');
  return toDeal(row);
}

/** The deals table: one read transaction, readiness computed for all rows at once. */
export function listDeals(db: ParleyDb, filter: DealListFilter = {}): DealSummary[] {
  const conditions = [filter.deleted ? isNotNull(deals.deletedAt) : isNull(deals.deletedAt)];
  if (!filter.includeArchived && !filter.deleted) conditions.push(eq(deals.archived, false));
  return db.transaction((tx) => {
    const rows = tx
      .select(summaryColumns)
      .from(deals)
      .where(and(...conditions))
      .orderBy(desc(deals.updatedAt))
      .all();
    // `db`, not `tx`: the scores are remembered per database, and a transaction is a new
    // object on every call (the memo never hit). On this one connection the reads are
    // inside the transaction all the same.
    const scores = readinessScores(db, rows);
    // Filled in place: copying 10,000 rows costs more than computing their scores.
    const summaries = rows as DealSummary[];
    for (const row of summaries) row.readiness = scores.get(row.id) ?? 0;
    return summaries;
  });
}

/**
 * `expected` holds the values the caller's edit started from: a field another window
 * changed meanwhile refuses the write (see `refuseIfChangedElsewhere`).
 */
export function updateDeal(db: ParleyDb, id: string, patch: DealPatch, expected?: DealPatch): Deal {
  const parsed = dealPatchSchema.parse(patch);
  const base = dealPatchSchema.parse(expected ?? {});
  // Through the one write path: a shared deal's title, counterparty… reach its doc (db/teamSync).
  return writeDeal(db, id, (tx) => {
    const current = findRow(tx, id);
    if (!current) throw notFound('The deal');
    refuseIfChangedElsewhere(current, base);
    const row = tx
      .update(deals)
      .set({ ...parsed, updatedAt: nowIso() })
      .where(eq(deals.id, id))
      .returning()
      .get();
    return toDeal(row as DealRow);
  });
}

export function setDealArchived(db: ParleyDb, id: string, archived: boolean): Deal {
  const row = db
    .update(deals)
    .set({ archived, updatedAt: nowIso() })
    .where(and(eq(deals.id, id), isNull(deals.deletedAt)))
    .returning()
    .get();
  if (!row) throw notFound('The deal');
  return toDeal(row);
}

export function copyTitle(title: string): string {
  const suffix = ' (copy)';
  const room = 200 - suffix.length;
  return (title.length > room ? title.slice(0, room) : title) + suffix;
}

/** Moves a deal to "recently deleted"; `restoreDeal` takes it back. */
export function deleteDeal(db: ParleyDb, id: string): void {
  const row = db
    .update(deals)
    .set({ deletedAt: nowIso() })
    .where(and(eq(deals.id, id), isNull(deals.deletedAt)))
    .returning({ id: deals.id })
    .get();
  if (!row) throw notFound('The deal');
}

export function restoreDeal(db: ParleyDb, id: string): Deal {
  const row = db
    .update(deals)
    .set({ deletedAt: null })
    .where(and(eq(deals.id, id), isNotNull(deals.deletedAt)))
    .returning()
    .get();
  if (!row) throw notFound('The deleted deal');
  return toDeal(row);
}

/**
 * Removes a deleted deal for good; foreign keys cascade to every row of the deal tables,
 * and the files those rows referred to go once no other row uses them. Only deals
 * already in "recently deleted" can be purged, so no single call loses a live deal.
 */
export function purgeDeal(db: ParleyDb, id: string, dataDir?: string): void {
  const files = dealFilePaths(db, [id]);
  const result = db
    .delete(deals)
    .where(and(eq(deals.id, id), isNotNull(deals.deletedAt)))
    .run();
  if (result.changes === 0) throw notFound('The deleted deal');
  removeFilesOfRemovedRows(db, dataDir, files);
}
