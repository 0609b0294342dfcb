import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Readiness } from '../../core/readiness';
import { assessReadiness } from '../../core/readiness';
import { nowIso } from '../../core/time';
import { DEAL_TABLES } from '../dealTables/registry';
import type { ParleyDb } from '../parleyDb';
import type { deals } from '../schema';
import { getDealSnapshot, loadSnapshots } from './snapshot';

type ListedDeal = Omit<typeof deals.$inferSelect, 'notes'>;

export function getDealReadiness(db: ParleyDb, dealId: string): Readiness {
  return assessReadiness(getDealSnapshot(db, dealId));
}

/** Ids of the deals that have at least one row (live or soft-deleted) in any deal table. */
function dealsWithContent(db: ParleyDb): Set<string> {
  const ids = new Set<string>();
  // Tables without a deal column hang off a parent that has one: the parent's rows suffice.
  for (const entry of DEAL_TABLES) {
    if (!entry.dealField) continue;
    const column = (getTableColumns(entry.table) as Record<string, SQLiteColumn>)[entry.dealField] as SQLiteColumn;
    for (const row of db.selectDistinct({ dealId: column }).from(entry.table).all()) ids.add(row.dealId as string);
  }
  return ids;
}

/**
 * A deal with no preparation rows scores from its own few fields alone, so deals that
 * share them share one assessment.
 */
const emptyDealSignature = (row: ListedDeal) =>
  [
    row.counterparty.trim() !== '',
    row.targetCloseDate !== null,
    row.context,
    row.ourSide,
    row.currency,
    row.status,
  ].join('|');

/** Scores already computed, per open database: valid while the deal's last edit and the day are unchanged. */
const computed = new WeakMap<ParleyDb, Map<string, { updatedAt: string; day: string; score: number }>>();

/**
 * Readiness of many deals at once (the deals list). Every preparation write moves the
 * deal's `updatedAt`, so a score computed for the same `updatedAt` (and day: due dates
 * age) is reused. The rest is computed in bulk: one read per table for deals with
 * content, one assessment per distinct signature for deals without.
 */
export function readinessScores(db: ParleyDb, rows: readonly ListedDeal[]): Map<string, number> {
  let memo = computed.get(db);
  if (!memo) {
    memo = new Map();
    computed.set(db, memo);
  }
  const day = nowIso().slice(0, 10);
  const scores = new Map<string, number>();
  const stale: ListedDeal[] = [];
  for (const row of rows) {
    const hit = memo.get(row.id);
    if (hit && hit.updatedAt === row.updatedAt && hit.day === day) scores.set(row.id, hit.score);
    else stale.push(row);
  }
  if (stale.length === 0) return scores;

  const withContent = dealsWithContent(db);
  const full = stale.filter((row) => withContent.has(row.id));
  const bySignature = new Map<string, number>();
  const remember = (row: ListedDeal, score: number) => {
    scores.set(row.id, score);
    memo.set(row.id, { updatedAt: row.updatedAt, day, score });
  };
  for (const row of stale) {
    if (withContent.has(row.id)) continue;
    const signature = emptyDealSignature(row);
    let score = bySignature.get(signature);
    if (score === undefined) {
      const snapshot = loadSnapshots(db, [{ ...row, notes: '' }]).get(row.id);
      score = snapshot ? assessReadiness(snapshot).score : 0;
      bySignature.set(signature, score);
    }
    remember(row, score);
  }
  const snapshots = loadSnapshots(
    db,
    full.map((row) => ({ ...row, notes: '' })),
  );
  for (const row of full) {
    const snapshot = snapshots.get(row.id);
    remember(row, snapshot ? assessReadiness(snapshot).score : 0);
  }
  return scores;
}
