import type { Batna, BatnaAction } from './batna';
import type { Deal } from './deal';
import type { InterestsMap } from './interests';
import type { Issue } from './issues';
import type { DealProgress } from './progress';

/**
 * Everything the plan document, the readiness checks and (later) the debrief read about
 * one deal, taken in one read transaction. Areas whose screens are not part of this
 * build are optional: a missing area means "section omitted", never an error.
 *
 * The optional areas are described by the fields the plan reads, not by their storage
 * types, so the plan keeps working while those areas evolve (their full row types are
 * structurally assignable to these).
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
}

export interface SnapshotStakeholder {
  id: string;
  side: 'theirs' | 'ours';
  name: string;
  title: string;
  role: string;
  influence: number;
  stance: 'supporter' | 'neutral' | 'sceptic' | 'blocker';
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
  items: { id: string; holder: 'ours' | 'theirs'; kind: string; description: string; strength: number }[];
  actions: { id: string; lever: string; action: string; owner: string; status: string }[];
  noDeal: {
    ourLoss: string;
    ourLossSeverity: number | null;
    theirLoss: string;
    theirLossSeverity: number | null;
    verdict: 'us' | 'them' | 'even' | 'unsure';
  };
}

export interface SnapshotEvidence {
  items: {
    id: string;
    title: string;
    kind: string;
    source: string;
    date: string | null;
    link: string;
    credibility: string | null;
    notes: string;
  }[];
  claims: { id: string; statement: string }[];
  links: { evidenceId: string; target: 'claim' | 'anchor' | 'issue'; targetId: string }[];
}

export interface SnapshotAnchor {
  id: string;
  issueId: string | null;
  issueLabel: string;
  unit: string;
  opening: number | null;
  rangeLow: number | null;
  rangeHigh: number | null;
  target: number | null;
  rationale: string;
  firstMove: 'undecided' | 'us' | 'them';
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
  comparator: 'lt' | 'le' | 'gt' | 'ge' | 'eq';
  threshold: number | null;
  unit: string;
  period: 'none' | 'day' | 'week' | 'month' | 'quarter' | 'year';
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
    status: 'planned' | 'offered' | 'accepted' | 'withdrawn';
  }[];
  clauses: SnapshotClause[];
  governance: { reviewCadence: string; metrics: string; changeProcess: string; exitTerms: string };
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
  offers: SnapshotOffer[];
  /** How close (points to us) offers must be to count as equivalent; the MESO screen's setting. */
  tolerance: number;
}
