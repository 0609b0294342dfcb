import type { FirstMover } from './anchors';
import type { Batna, BatnaAction } from './batna';
import type { Comparator, ConcessionStatus, Period, ReviewCadence } from './concessions';
import type { DecisionRole, PartySide, Stance } from './counterparty';
import type { Deal } from './deal';
import type { EvidenceKind, EvidenceTarget } from './evidence';
import type { InterestsMap } from './interests';
import type { Issue } from './issues';
import type { ActionStatus, Lever, LeverageHolder, LeverageKind, MoreToLose } from './leverage';
import type { AgendaItemFields, AgendaQuestionFields, CommitmentFields, MeetingFields } from './meeting/fields';
import type { MesoSettingsFields } from './mesoOffers';
import type { DealProgress } from './progress';
import type { DeadlineFields, Relationship, RiskFields, TrustActionFields } from './risks';
import type { Credibility } from './scales';
import type { TeamRole } from './team/fields';

/**
 * Everything the plan document, the readiness checks and (later) the debrief read about
 * one deal, taken in one read transaction. Areas whose screens are not part of this
 * build are optional: a missing area means "section omitted", never an error.
 *
 * The optional areas are described by the fields the plan reads, not by their storage
 * row types (which are structurally assignable to these), so tests can build them small.
 */
export interface DealSnapshot {
  deal: Deal;
  /** When the snapshot was taken (ISO-8601 UTC): the plan's date, and "today" for due dates. */
  takenAt: string;
  batna: Batna;
  batnaActions: BatnaAction[];
  issues: Issue[];
  interests: InterestsMap;
  progress: DealProgress;
  counterparty?: SnapshotCounterparty;
  leverage?: SnapshotLeverage;
  evidence?: SnapshotEvidence;
  anchors?: SnapshotAnchors;
  concessions?: SnapshotConcessions;
  meso?: SnapshotMeso;
  team?: SnapshotTeam;
  risks?: SnapshotRisks;
  meetings?: SnapshotMeetings;
}

/** The meeting plan: meetings in order; agenda items, questions and commitments each in their parent's order. */
export interface SnapshotMeetings {
  meetings: (MeetingFields & { id: string })[];
  agendaItems: (AgendaItemFields & { id: string })[];
  agendaQuestions: (AgendaQuestionFields & { id: string })[];
  commitments: (CommitmentFields & { id: string })[];
}

/** Time, trust & risks: both sides' deadlines, the relationship we want, the risk register. */
export interface SnapshotRisks {
  deadlines: (DeadlineFields & { id: string })[];
  relationship: Relationship;
  trustActions: (TrustActionFields & { id: string })[];
  risks: (RiskFields & { id: string })[];
}

/** Our side: who is on the team, and how far each may go per issue. */
export interface SnapshotTeam {
  members: { id: string; name: string; role: TeamRole; title: string; responsibility: string }[];
  limits: { id: string; issueId: string | null; memberId: string | null; limit: number | null; note: string }[];
}

export interface SnapshotStakeholder {
  id: string;
  side: PartySide;
  name: string;
  title: string;
  role: DecisionRole;
  influence: number;
  stance: Stance;
  interests: string;
  mustHaves: string;
  redLines: string;
  faceSaving: string;
  politicalCapital: string;
  relationshipNotes: string;
}

export interface SnapshotDecisionStep {
  id: string;
  approval: string;
  stakeholderId: string | null;
  dueDate: string | null;
  notes: string;
}

export interface SnapshotCounterparty {
  stakeholders: SnapshotStakeholder[];
  decisionSteps: SnapshotDecisionStep[];
}

export interface SnapshotLeverage {
  items: { id: string; holder: LeverageHolder; kind: LeverageKind; description: string; strength: number }[];
  actions: { id: string; lever: Lever; action: string; owner: string; status: ActionStatus }[];
  noDeal: {
    ourLoss: string;
    ourLossSeverity: number | null;
    theirLoss: string;
    theirLossSeverity: number | null;
    verdict: MoreToLose;
  };
}

export interface SnapshotEvidence {
  items: {
    id: string;
    title: string;
    kind: EvidenceKind;
    source: string;
    date: string | null;
    link: string;
    credibility: Credibility | null;
    notes: string;
  }[];
  claims: { id: string; statement: string }[];
  links: { evidenceId: string; target: EvidenceTarget; targetId: string }[];
}

export interface SnapshotAnchor {
  id: string;
  issueId: string | null;
  issueLabel: string;
  unit: string;
  opening: number | null;
  rangeLow: number | null;
  rangeHigh: number | null;
  rationale: string;
  firstMove: FirstMover;
  firstMoveReason: string;
  expectedCounter: number | null;
  expectedCounterNote: string;
}

export interface SnapshotLadderStep {
  id: string;
  anchorId: string;
  value: number | null;
  give: string;
  ask: string;
}

export interface SnapshotAnchors {
  anchors: SnapshotAnchor[];
  /** In ladder order. */
  ladderSteps: SnapshotLadderStep[];
}

export interface SnapshotClause {
  id: string;
  metric: string;
  comparator: Comparator;
  threshold: number | null;
  unit: string;
  period: Period;
  remedy: string;
  measuredBy: string;
  dataSource: string;
}

export interface SnapshotConcessions {
  concessions: {
    id: string;
    item: string;
    give: string;
    get: string;
    valueToUs: number | null;
    valueToThem: number | null;
    trigger: string;
    when: string;
    status: ConcessionStatus;
    issueId: string | null;
    value: number | null;
  }[];
  clauses: SnapshotClause[];
  governance: { reviewCadence: ReviewCadence; metrics: string; changeProcess: string; exitTerms: string };
  /** The most we will give across the ladder and the log; absent in older test snapshots. */
  budget?: { money: number | null; points: number | null };
}

export interface SnapshotOffer {
  id: string;
  kind: 'ours' | 'received';
  label: string;
  fromName: string;
  /** Issue id → option id. */
  choices: Record<string, string>;
}

export interface SnapshotMeso {
  /** Ours first, then received, each in grid order. */
  offers: SnapshotOffer[];
  /** Target, tolerance and floor as set on the MESO screen. */
  settings: MesoSettingsFields;
}
