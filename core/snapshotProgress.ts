import type { Batna } from './batna';
import type { Deal } from './deal';
import type { InterestsMap } from './interests';
import type { Issue } from './issues';
import { agendaTiming } from './meeting/timing';
import { mesoOfferCounts } from './mesoAnalysis';
import { issueObjectivesOf, mainIssueSourceOf } from './objectives';
import type { DealContentSummary } from './progress';
import { severeWithoutVerification } from './risks/register';
import type { SnapshotMeetings, SnapshotMeso, SnapshotRisks, SnapshotTeam } from './snapshot';
import { type StrategySnapshot, summariseStrategy } from './strategy';

export interface ProgressContent {
  deal: Pick<Deal, 'counterparty' | 'targetCloseDate' | 'ourSide'>;
  batna: Batna;
  issues: readonly Issue[];
  interests: InterestsMap;
  strategy?: StrategySnapshot | undefined;
  meso?: SnapshotMeso | undefined;
  team?: SnapshotTeam | undefined;
  risks?: SnapshotRisks | undefined;
  meetings?: SnapshotMeetings | undefined;
  tender?: TenderProgressContent | undefined;
}

/** What the tender rule reads of a tender's rows (core/tender/fromRows TenderRows has it). */
export interface TenderProgressContent {
  tender: { pickedScenario: string | null };
  lots: readonly { id: string; volume: number; baselinePrice: number }[];
  suppliers: readonly { id: string }[];
  bids: readonly { id: string; supplierId: string }[];
  bidLines: readonly { bidId: string; unitPrice: number }[];
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
  team,
  risks,
  meetings,
  tender,
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
    ...(team ? { team: teamSummary(team) } : {}),
    ...(risks ? { risks: risksSummary(risks) } : {}),
    ...(meetings ? { meeting: meetingSummary(meetings) } : {}),
    ...(tender ? { tender: tenderSummary(tender) } : {}),
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

function teamSummary({ members, limits }: SnapshotTeam): NonNullable<DealContentSummary['team']> {
  return {
    members: members.length,
    unnamed: members.filter((m) => !m.name.trim()).length,
    leads: members.filter((m) => m.role === 'lead').length,
    approvers: members.filter((m) => m.role === 'approver').length,
    limits: limits.length,
    limitsWithoutFigure: limits.filter((l) => l.limit === null).length,
  };
}

function risksSummary(r: SnapshotRisks): NonNullable<DealContentSummary['risks']> {
  const dated = (side: string) => r.deadlines.filter((d) => d.side === side && d.date !== null).length;
  return {
    ourDatedDeadlines: dated('ours') + dated('shared'),
    theirDatedDeadlines: dated('theirs') + dated('shared'),
    goalSet: r.relationship.goal !== 'not_set',
    lastingRelationship: r.relationship.goal !== 'not_set' && r.relationship.goal !== 'one_off',
    trustActions: r.trustActions.filter((a) => a.action.trim()).length,
    register: r.risks.filter((x) => x.statement.trim()).length,
    severeUnverifiable: severeWithoutVerification(r.risks).length,
    anything:
      r.deadlines.length + r.trustActions.length + r.risks.length > 0 ||
      r.relationship.goal !== 'not_set' ||
      r.relationship.description.trim() !== '',
  };
}

function meetingSummary(m: SnapshotMeetings): NonNullable<DealContentSummary['meeting']> {
  const agendaOf = (id: string) => m.agendaItems.filter((i) => i.meetingId === id);
  return {
    meetings: m.meetings.length,
    undated: m.meetings.filter((x) => x.date === null).length,
    withoutOpening: m.meetings.filter((x) => !x.opening.trim()).length,
    thinAgenda: m.meetings.filter((x) => agendaOf(x.id).length < 2).length,
    overTime: m.meetings.filter((x) => agendaTiming(agendaOf(x.id), x.durationMinutes).over > 0).length,
    withoutWithhold: m.meetings.filter((x) => !x.withhold.trim()).length,
  };
}

function tenderSummary(t: TenderProgressContent): NonNullable<DealContentSummary['tender']> {
  const pricedBids = new Set(t.bidLines.filter((l) => l.unitPrice > 0).map((l) => l.bidId));
  const bidding = new Set(t.bids.filter((b) => pricedBids.has(b.id)).map((b) => b.supplierId));
  return {
    lots: t.lots.length,
    pricedLots: t.lots.filter((l) => l.volume > 0 && l.baselinePrice > 0).length,
    suppliers: t.suppliers.length,
    suppliersBidding: t.suppliers.filter((s) => bidding.has(s.id)).length,
    scenarioPicked: t.tender.pickedScenario !== null,
  };
}
