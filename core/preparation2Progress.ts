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

import type { StepProgress } from './stepProgress';

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

/** The counts and flags the progress rules read (see core/progress.ts). */
export interface Preparation2Summary {
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
export function summarisePreparation2(
  s: Preparation2Snapshot,
  objectivesOf: (issueId: string | null) => AnchorObjectives | null = () => null,
): Preparation2Summary {
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

const done = (reason: string): StepProgress => ({ state: 'complete', reason });
const started = (reason: string): StepProgress => ({ state: 'started', reason });
const empty = (reason: string): StepProgress => ({ state: 'empty', reason });
const firstMissing = (requirements: [boolean, string][]) => requirements.find(([met]) => !met)?.[1] ?? null;

export type Preparation2StepId = keyof Preparation2Summary;

/**
 * Completion comes from content, never from a tick box. The first unmet requirement is
 * the reason shown on the rail.
 */
export const PREPARATION2_RULES: Record<Preparation2StepId, (s: Preparation2Summary | undefined) => StepProgress> = {
  counterparty: (s) => {
    const c = s?.counterparty;
    if (!c || c.stakeholders + c.pathSteps === 0) return empty('Add the people who shape the decision.');
    const missing = firstMissing([
      [c.theirsWithRole > 0, 'Give someone on their side a role in the decision.'],
      [c.pathSteps > 0, 'Write down the decision path: who approves what, in which order.'],
    ]);
    return missing ? started(missing) : done(`${c.stakeholders} people mapped and a decision path.`);
  },
  leverage: (s) => {
    const l = s?.leverage;
    if (!l || (l.ours + l.theirs + l.actions === 0 && !l.verdict && !l.ourLoss && !l.theirLoss)) {
      return empty('List what each side can give, withhold or hold the other to.');
    }
    const missing = firstMissing([
      [l.ours > 0, 'List at least one source of our leverage.'],
      [l.theirs > 0, 'List at least one source of their leverage.'],
      [l.ourLoss && l.theirLoss, 'Say what each side loses without a deal.'],
      [l.verdict, 'Decide who has more to lose without a deal.'],
    ]);
    return missing ? started(missing) : done('Leverage of both sides and the no-deal verdict are set.');
  },
  evidence: (s) => {
    const e = s?.evidence;
    if (!e || e.items + e.claims === 0) return empty('Collect the facts that make your numbers credible.');
    const missing = firstMissing([
      [e.items > 0, 'Add evidence for your claims.'],
      [e.unsupportedClaims === 0, 'Back every claim with at least one evidence item.'],
      [e.unusedItems === 0, 'Link every evidence item to a claim or an anchor it supports.'],
    ]);
    return missing ? started(missing) : done(`${e.items} evidence items, all in use.`);
  },
  anchors: (s) => {
    const a = s?.anchors;
    if (!a || a.count === 0) return empty('Set your opening anchor, starting with price.');
    const missing = firstMissing([
      [a.incomplete === 0, 'Give every anchor a credible range, a target and a fairness rationale.'],
      [a.withWarnings === 0, 'Clear the warnings on the anchor worksheet.'],
    ]);
    return missing ? started(missing) : done(`${a.count} anchors, evidenced and in range.`);
  },
  concessions: (s) => {
    const c = s?.concessions;
    if (!c || (c.concessions + c.clauses === 0 && !c.governanceStarted)) {
      return empty('Plan what you can give, and what you want for it.');
    }
    const missing = firstMissing([
      [c.concessions > 0, 'Plan at least one concession and what you get for it.'],
      [c.unreciprocated === 0, 'Ask for something in return for every concession.'],
      [c.clausesWithProblems === 0, 'Make every contingent clause measurable, with a remedy and a measurer.'],
      [c.cadence, 'Agree a review cadence.'],
      [c.exitTerms, 'Write down the exit terms.'],
    ]);
    return missing ? started(missing) : done('Concessions reciprocated, clauses measurable, governance agreed.');
  },
};
