import { type DealContentSummary, type DealProgress, dealProgress } from '../../core/progress';
import { contentSummaryOf } from '../../core/snapshotProgress';
import { readDeal } from '../dealTables/read';
import { assertLiveDeal } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import { getBatna } from './batna';
import { getDeal } from './deals';
import { interestsMapOf } from './interests';
import { issueStore } from './issues';
import { getMesoGrid } from './meso';
import { meetingsOf, risksOf, teamOf } from './snapshotRisks';
import { strategyOf } from './strategy';
import { readTenderRows } from './tender';

/**
 * Counts and flags the progress rules need, read through the repositories and summarised
 * by the same core function the snapshot and the deals list use.
 */
export function dealContentSummary(db: ParleyDb, dealId: string): DealContentSummary {
  assertLiveDeal(db, dealId);
  const rows = readDeal(db, dealId);
  return contentSummaryOf({
    deal: getDeal(db, dealId),
    batna: getBatna(db, dealId),
    issues: issueStore.list(db, dealId),
    interests: interestsMapOf(db, dealId),
    strategy: strategyOf(rows),
    meso: getMesoGrid(db, dealId),
    team: teamOf(rows),
    risks: risksOf(rows),
    meetings: meetingsOf(rows),
    tender: readTenderRows(db, dealId),
  });
}

export function getDealProgress(db: ParleyDb, dealId: string): DealProgress {
  return dealProgress(dealContentSummary(db, dealId));
}
