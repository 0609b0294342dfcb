import { compareTender } from '../../core/tender/comparison';
import { tenderComparisonSection } from '../../core/tender/comparisonSection';
import { toTender } from '../../core/tender/fromRows';
import type { ParleyDb } from '../../db/database';
import { getTenderRows } from '../../db/repositories/tender';
import { loadLpSolver } from '../lpSolver';

/** The tender's rows, the tender and its comparison (every scenario solved). */
export async function tenderComparisonOf(db: ParleyDb, dealId: string) {
  const rows = getTenderRows(db, dealId);
  const tender = toTender(rows);
  return { rows, tender, comparison: compareTender(tender, await loadLpSolver(), rows.tender.pickedScenario) };
}

/** The plan's comparison page, or null for a deal that is not a tender (no lots or no supplier). */
export async function tenderPage(db: ParleyDb, dealId: string) {
  const rows = getTenderRows(db, dealId);
  if (rows.lots.length === 0 || rows.suppliers.length === 0) return null;
  const { tender, comparison } = await tenderComparisonOf(db, dealId);
  return tenderComparisonSection(tender, comparison);
}
