import { type Anchor, anchorWarnings, type LadderStep } from './anchors';
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
import type { StepCompletion } from './scales';

/** Everything the Preparation II steps hold for one deal. */
export interface Preparation2Snapshot {
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

export type Preparation2StepId = 'counterparty' | 'leverage' | 'evidence' | 'anchors' | 'concessions';
export type Preparation2Progress = Record<Preparation2StepId, StepCompletion>;

const grade = (empty: boolean, complete: boolean): StepCompletion =>
  empty ? 'empty' : complete ? 'complete' : 'started';

/**
 * Completion comes from content, never from a tick box:
 * - counterparty: someone on their side with a known role, and a decision path;
 * - leverage: leverage listed for both sides and a verdict on who loses more without a deal;
 * - evidence: items that all support something, and every claim backed;
 * - anchors: every anchor with a range, a target and a rationale, and free of warnings (in
 *   range, evidenced, each step paid for);
 * - concessions: every concession reciprocated, every clause measurable with a remedy and
 *   a measurer, and a review cadence plus exit terms agreed.
 */
export function preparation2Progress(s: Preparation2Snapshot): Preparation2Progress {
  const gaps = evidenceGaps({ items: s.evidence, claims: s.claims, anchors: s.anchors, links: s.links });
  const evidenceCount = (anchorId: string) =>
    s.links.filter((l) => l.target === 'anchor' && l.targetId === anchorId).length;
  return {
    counterparty: grade(
      s.stakeholders.length === 0 && s.decisionSteps.length === 0,
      s.stakeholders.some((p) => p.side === 'theirs' && p.role !== 'unknown') &&
        s.decisionSteps.some((step) => step.approval.trim() !== ''),
    ),
    leverage: grade(
      s.leverageItems.length === 0 &&
        s.leverageActions.length === 0 &&
        s.noDeal.verdict === 'unsure' &&
        !s.noDeal.ourLoss.trim() &&
        !s.noDeal.theirLoss.trim(),
      s.leverageItems.some((i) => i.holder === 'ours' && i.description.trim()) &&
        s.leverageItems.some((i) => i.holder === 'theirs' && i.description.trim()) &&
        s.noDeal.verdict !== 'unsure' &&
        s.noDeal.ourLoss.trim() !== '' &&
        s.noDeal.theirLoss.trim() !== '',
    ),
    evidence: grade(
      s.evidence.length === 0 && s.claims.length === 0,
      s.evidence.length > 0 && gaps.unusedItems.length === 0 && gaps.unsupportedClaims.length === 0,
    ),
    anchors: grade(
      s.anchors.length === 0,
      s.anchors.every(
        (a) =>
          a.rangeLow !== null &&
          a.rangeHigh !== null &&
          a.target !== null &&
          a.rationale.trim() !== '' &&
          anchorWarnings(
            a,
            s.ladderSteps.filter((step) => step.anchorId === a.id),
            evidenceCount(a.id),
          ).length === 0,
      ),
    ),
    concessions: grade(
      s.concessions.length === 0 &&
        s.clauses.length === 0 &&
        s.governance.reviewCadence === 'none' &&
        !s.governance.exitTerms.trim() &&
        !s.governance.metrics.trim() &&
        !s.governance.changeProcess.trim(),
      s.concessions.length > 0 &&
        !s.concessions.some(isUnreciprocated) &&
        s.clauses.every((c) => clauseProblems(c).length === 0) &&
        s.governance.reviewCadence !== 'none' &&
        s.governance.exitTerms.trim() !== '',
    ),
  };
}
