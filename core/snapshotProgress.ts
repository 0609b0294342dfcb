import type { Batna } from './batna';
import type { Deal } from './deal';
import type { InterestsMap } from './interests';
import type { Issue } from './issues';
import { mesoOfferCounts } from './mesoAnalysis';
import { issueObjectivesOf, mainIssueSourceOf } from './objectives';
import type { DealContentSummary } from './progress';
import type { SnapshotMeso } from './snapshot';
import { type StrategySnapshot, summariseStrategy } from './strategy';

export interface ProgressContent {
  deal: Pick<Deal, 'counterparty' | 'targetCloseDate' | 'ourSide'>;
  batna: Batna;
  issues: readonly Issue[];
  interests: InterestsMap;
  strategy?: StrategySnapshot | undefined;
  meso?: SnapshotMeso | undefined;
}

/**
 * The progress rules' counts and flags from content already loaded: one deal through the
 * repositories (deals.progress), the snapshot, or the deals list computing many at once.
 */
export function contentSummaryOf({
  deal,
  batna,
  issues,
  interests,
  strategy,
  meso,
}: ProgressContent): DealContentSummary {
  const countOf = (party: string) => interests.interests.filter((i) => i.party === party).length;
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
      count: issues.length,
      unnamed: issues.filter((i) => !i.name.trim()).length,
      weighted: issues.filter((i) => i.weightUs > 0 && i.weightThem > 0).length,
      scored: issues.filter((i) => i.options.filter((o) => o.ourScore !== null && o.theirScore !== null).length >= 2)
        .length,
    },
    ...(strategy
      ? summariseStrategy(strategy, (issueId) =>
          issueObjectivesOf(issues, mainIssueSourceOf(batna), deal.ourSide, issueId),
        )
      : {}),
    ...(meso ? { meso: mesoSummary(issues, batna, meso) } : {}),
    interests: {
      ourInterests: countOf('us'),
      theirInterests: countOf('them'),
      positions: interests.positions.length,
      questions: interests.questions.length,
    },
  };
}

function mesoSummary(issues: readonly Issue[], batna: Batna, meso: SnapshotMeso) {
  const counts = mesoOfferCounts({ issues, offers: meso.offers, settings: meso.settings, batna });
  return { ours: counts.ours, complete: counts.complete, withinTolerance: counts.withinTolerance };
}
