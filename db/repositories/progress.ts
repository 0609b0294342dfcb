import { type DealContentSummary, type DealProgress, dealProgress } from '../../core/progress';
import { contentSummaryOf } from '../../core/snapshotProgress';
import type { ParleyDb } from '../parleyDb';
import { getBatna } from './batna';
import { getDeal } from './deals';
import { interestsMapOf } from './interests';
import { issueStore } from './issues';
import { getMesoGrid } from './meso';
import { strategySnapshot } from './strategy';

/**
 * Counts and flags the progress rules need, read through the repositories and summarised
 * by the same core function the snapshot and the deals list use.
 */
export function dealContentSummary(db: ParleyDb, dealId: string): DealContentSummary {
  return contentSummaryOf({
    deal: getDeal(db, dealId),
    batna: getBatna(db, dealId),
    issues: issueStore.list(db, dealId),
    interests: interestsMapOf(db, dealId),
    strategy: strategySnapshot(db, dealId),
    meso: getMesoGrid(db, dealId),
  });
}

export function getDealProgress(db: ParleyDb, dealId: string): DealProgress {
  return dealProgress(dealContentSummary(db, dealId));
}
