import { count, eq } from 'drizzle-orm';
import { mesoOfferCounts } from '../../core/mesoAnalysis';
import { summarisePreparation2 } from '../../core/preparation2Progress';
import { type DealContentSummary, type DealProgress, dealProgress } from '../../core/progress';
import type { ParleyDb } from '../database';
import { diagnosticQuestions, interests, positions } from '../schema';
import { getBatna } from './batna';
import { getDeal } from './deals';
import { listIssues } from './issues';
import { getMesoGrid } from './meso';
import { preparation2Snapshot } from './preparation2';

/** Counts and flags the progress rules need; reads only, a few small queries per deal. */
export function dealContentSummary(db: ParleyDb, dealId: string): DealContentSummary {
  const deal = getDeal(db, dealId);
  const batna = getBatna(db, dealId);
  const issueList = listIssues(db, dealId);
  const interestCounts = db
    .select({ party: interests.party, n: count() })
    .from(interests)
    .where(eq(interests.dealId, dealId))
    .groupBy(interests.party)
    .all();
  const countOf = (party: string) => interestCounts.find((r) => r.party === party)?.n ?? 0;
  const positionCount = db.select({ n: count() }).from(positions).where(eq(positions.dealId, dealId)).get()?.n ?? 0;
  const questionCount =
    db.select({ n: count() }).from(diagnosticQuestions).where(eq(diagnosticQuestions.dealId, dealId)).get()?.n ?? 0;
  const meso = getMesoGrid(db, dealId);
  const offerCounts = mesoOfferCounts({ issues: issueList, offers: meso.offers, settings: meso.settings, batna });
  return {
    details: { counterparty: deal.counterparty.trim() !== '', targetCloseDate: deal.targetCloseDate !== null },
    batna: {
      ourDescribed: Boolean(batna.ourDescription.trim() || batna.ourCourse.trim()),
      ourValued: batna.ourValueMoney !== null || batna.ourValuePoints !== null,
      ourConfidence: batna.ourConfidence !== null,
      theirEstimated: Boolean(batna.theirDescription.trim()) || batna.theirValueMoney !== null,
      theirConfidence: batna.theirConfidence !== null,
      ourReservation: batna.ourReservation !== null,
      ourTarget: batna.ourTarget !== null,
      theirReservation: batna.theirReservation !== null,
    },
    issues: {
      count: issueList.length,
      unnamed: issueList.filter((i) => !i.name.trim()).length,
      weighted: issueList.filter((i) => i.weightUs > 0 && i.weightThem > 0).length,
      scored: issueList.filter((i) => i.options.filter((o) => o.ourScore !== null && o.theirScore !== null).length >= 2)
        .length,
    },
    preparation2: summarisePreparation2(preparation2Snapshot(db, dealId)),
    interests: {
      ourInterests: countOf('us'),
      theirInterests: countOf('them'),
      positions: positionCount,
      questions: questionCount,
    },
    meso: { ours: offerCounts.ours, complete: offerCounts.complete, withinTolerance: offerCounts.withinTolerance },
  };
}

export function getDealProgress(db: ParleyDb, dealId: string): DealProgress {
  return dealProgress(dealContentSummary(db, dealId));
}
