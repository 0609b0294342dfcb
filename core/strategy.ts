import { type Anchor, anchorTarget, anchorWarnings, type LadderStep } from './anchors';
import {
  type Concession,
  type ContingentClause,
  clauseProblems,
  type Governance,
  isUnreciprocated,
} from './concessions';
import type { DecisionStep, Stakeholder } from './counterparty';
import { type Claim, type EvidenceItem, type EvidenceLink, evidenceGaps } from './evidence';
import type { LeverageAction, LeverageItem, NoDealAssessment } from './leverage';
import type { Objectives } from './objectives';

type AnchorObjectives = Pick<Objectives, 'walkAway' | 'target' | 'direction' | 'fromBatna'>;

/**
 * The rows of the strategy steps of one deal: the counterparty map, leverage, the evidence
 * pack, the anchor worksheet and concessions & safeguards.
 */
export interface StrategySnapshot {
  stakeholders: Stakeholder[];
  decisionSteps: DecisionStep[];
  leverageItems: LeverageItem[];
  leverageActions: LeverageAction[];
  noDeal: NoDealAssessment;
  evidence: EvidenceItem[];
  claims: Claim[];
  links: EvidenceLink[];
  anchors: Anchor[];
  ladderSteps: LadderStep[];
  concessions: Concession[];
  clauses: ContingentClause[];
  governance: Governance;
}

/** The counts and flags the progress rules read (see core/progress.ts). */
export interface StrategySummary {
  counterparty: { stakeholders: number; theirsWithRole: number; pathSteps: number };
  leverage: {
    ours: number;
    theirs: number;
    actions: number;
    verdict: boolean;
    ourLoss: boolean;
    theirLoss: boolean;
  };
  evidence: { items: number; claims: number; unusedItems: number; unsupportedClaims: number };
  anchors: { count: number; incomplete: number; withWarnings: number };
  concessions: {
    concessions: number;
    unreciprocated: number;
    clauses: number;
    clausesWithProblems: number;
    cadence: boolean;
    exitTerms: boolean;
    governanceStarted: boolean;
  };
}

/**
 * `objectivesOf` gives an anchor's issue its target and walk-away from where they are kept
 * (the BATNA step for the main issue, the issue otherwise; see core/objectives).
 */
export function summariseStrategy(
  s: StrategySnapshot,
  objectivesOf: (issueId: string | null) => AnchorObjectives | null = () => null,
): StrategySummary {
  const gaps = evidenceGaps({ items: s.evidence, claims: s.claims, anchors: s.anchors, links: s.links });
  const evidenceFor = (anchorId: string) =>
    s.links.filter((l) => l.target === 'anchor' && l.targetId === anchorId).length;
  const g = s.governance;
  return {
    counterparty: {
      stakeholders: s.stakeholders.length,
      theirsWithRole: s.stakeholders.filter((p) => p.side === 'theirs' && p.role !== 'unknown').length,
      pathSteps: s.decisionSteps.filter((step) => step.approval.trim() !== '').length,
    },
    leverage: {
      ours: s.leverageItems.filter((i) => i.holder === 'ours' && i.description.trim()).length,
      theirs: s.leverageItems.filter((i) => i.holder === 'theirs' && i.description.trim()).length,
      actions: s.leverageActions.length,
      verdict: s.noDeal.verdict !== 'unsure',
      ourLoss: s.noDeal.ourLoss.trim() !== '',
      theirLoss: s.noDeal.theirLoss.trim() !== '',
    },
    evidence: {
      items: s.evidence.length,
      claims: s.claims.length,
      unusedItems: gaps.unusedItems.length,
      unsupportedClaims: gaps.unsupportedClaims.length,
    },
    anchors: {
      count: s.anchors.length,
      incomplete: s.anchors.filter(
        (a) =>
          a.rangeLow === null ||
          a.rangeHigh === null ||
          anchorTarget(objectivesOf(a.issueId)).value === null ||
          !a.rationale.trim(),
      ).length,
      withWarnings: s.anchors.filter(
        (a) =>
          anchorWarnings(
            a,
            s.ladderSteps.filter((step) => step.anchorId === a.id),
            evidenceFor(a.id),
            objectivesOf(a.issueId),
          ).length > 0,
      ).length,
    },
    concessions: {
      concessions: s.concessions.length,
      unreciprocated: s.concessions.filter(isUnreciprocated).length,
      clauses: s.clauses.length,
      clausesWithProblems: s.clauses.filter((c) => clauseProblems(c).length > 0).length,
      cadence: g.reviewCadence !== 'none',
      exitTerms: g.exitTerms.trim() !== '',
      governanceStarted:
        g.reviewCadence !== 'none' || [g.exitTerms, g.metrics, g.changeProcess].some((t) => t.trim() !== ''),
    },
  };
}
