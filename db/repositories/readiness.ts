import type { Readiness } from '../../core/readiness';
import { assessReadiness } from '../../core/readiness';
import type { ParleyDb } from '../database';
import type { deals } from '../schema';
import { getDealSnapshot, loadSnapshots } from './snapshot';

export function getDealReadiness(db: ParleyDb, dealId: string): Readiness {
  return assessReadiness(getDealSnapshot(db, dealId));
}

/**
 * Readiness of many deals at once (the deals list): every table is read once for all of
 * them, never once per deal. Notes are not needed by any check and are not read.
 */
export function readinessScores(
  db: ParleyDb,
  rows: readonly Omit<typeof deals.$inferSelect, 'notes'>[],
): Map<string, number> {
  const snapshots = loadSnapshots(
    db,
    rows.map((row) => ({ ...row, notes: '' })),
  );
  const scores = new Map<string, number>();
  for (const [id, snapshot] of snapshots) scores.set(id, assessReadiness(snapshot).score);
  return scores;
}
