import { z } from 'zod';
import { crossesWalkAway, type Objectives } from './objectives';

type AnchorObjectives = Pick<Objectives, 'walkAway' | 'target' | 'direction' | 'fromBatna'>;

import { type DealRow, figure } from './scales';
import { entityId, longText, shortText } from './text';

export const FIRST_MOVERS = ['undecided', 'us', 'them'] as const;
export type FirstMover = (typeof FIRST_MOVERS)[number];
export const FIRST_MOVER_LABELS: Record<FirstMover, string> = {
  undecided: 'Not decided',
  us: 'We open',
  them: 'They open',
};

/**
 * Our opening number on one issue. `issueId` points at the issue from Issues & options
 * when there is one; `issueLabel` names the issue on its own (and survives without it).
 */
export const anchorFieldsSchema = z.strictObject({
  issueId: entityId('Issue').nullable(),
  issueLabel: shortText('Issue').max(200, 'Issue must be at most 200 characters'),
  unit: shortText('Unit').max(30, 'Unit must be at most 30 characters'),
  opening: figure('Opening anchor').nullable(),
  rangeLow: figure('Credible range (low)').nullable(),
  rangeHigh: figure('Credible range (high)').nullable(),
  rationale: longText('Fairness rationale'),
  firstMove: z.enum(FIRST_MOVERS, { error: 'First move must be us, them or undecided' }),
  firstMoveReason: shortText('Why'),
  expectedCounter: figure('Expected counter').nullable(),
  expectedCounterNote: shortText('Expected counter note'),
});
export type AnchorFields = z.infer<typeof anchorFieldsSchema>;
export const newAnchorSchema = anchorFieldsSchema.partial();
export const anchorPatchSchema = anchorFieldsSchema.partial();
export const ANCHOR_DEFAULTS: AnchorFields = {
  issueId: null,
  issueLabel: '',
  unit: '',
  opening: null,
  rangeLow: null,
  rangeHigh: null,
  rationale: '',
  firstMove: 'undecided',
  firstMoveReason: '',
  expectedCounter: null,
  expectedCounterNote: '',
};
export interface Anchor extends AnchorFields, DealRow {}

/** Cross-field rule checked on the whole row after a patch is applied. */
export function anchorRangeError(anchor: Pick<AnchorFields, 'rangeLow' | 'rangeHigh'>): Record<string, string> {
  if (anchor.rangeLow !== null && anchor.rangeHigh !== null && anchor.rangeLow > anchor.rangeHigh) {
    return { rangeLow: 'The low end of the credible range must not be above the high end' };
  }
  return {};
}

/** One rung of the concession ladder: where we move to, and what we ask in return. */
export const ladderStepFieldsSchema = z.strictObject({
  anchorId: entityId('Anchor'),
  value: figure('Step value').nullable(),
  give: shortText('What we give'),
  ask: shortText('What we ask in return'),
});
export type LadderStepFields = z.infer<typeof ladderStepFieldsSchema>;
export const newLadderStepSchema = ladderStepFieldsSchema.partial().required({ anchorId: true });
export const ladderStepPatchSchema = ladderStepFieldsSchema.omit({ anchorId: true }).partial();
export const LADDER_STEP_DEFAULTS: Omit<LadderStepFields, 'anchorId'> = { value: null, give: '', ask: '' };
export interface LadderStep extends LadderStepFields, DealRow {}

export type AnchorWarningCode =
  | 'no_opening'
  | 'outside_range'
  | 'no_evidence'
  | 'step_without_ask'
  | 'step_past_target'
  | 'step_away_from_target';
export interface AnchorWarning {
  code: AnchorWarningCode;
  message: string;
  stepId?: string;
}

/**
 * The target an anchor works towards, read from the one place it is kept: the BATNA step
 * for the deal's main issue, the issue's own objectives otherwise (`objectives` of the
 * anchor's issue, see core/objectives). An anchor keeps no target of its own.
 */
export function anchorTarget(objectives: AnchorObjectives | null): {
  value: number | null;
  from: 'batna' | 'issue' | null;
} {
  if (!objectives) return { value: null, from: null };
  return { value: objectives.target, from: objectives.fromBatna ? 'batna' : 'issue' };
}

/**
 * Warnings shown in place on the worksheet. Steps are read in ladder order; "towards the
 * target" means each step lies between the previous value (the anchor first) and the target.
 */
export function anchorWarnings(
  anchor: AnchorFields,
  steps: readonly Pick<LadderStep, 'id' | 'value' | 'ask' | 'give'>[],
  evidenceCount: number,
  /** The issue's walk-away and direction, from the one place they are kept (core/objectives). */
  objectives: AnchorObjectives | null = null,
): AnchorWarning[] {
  const warnings: AnchorWarning[] = [];
  const { opening, rangeLow, rangeHigh } = anchor;
  const target = anchorTarget(objectives).value;
  if (opening === null) warnings.push({ code: 'no_opening', message: 'No opening anchor yet.' });
  if (opening !== null && ((rangeLow !== null && opening < rangeLow) || (rangeHigh !== null && opening > rangeHigh))) {
    warnings.push({
      code: 'outside_range',
      message: 'The anchor lies outside its credible range: expect it to be dismissed rather than countered.',
    });
  }
  if (evidenceCount === 0) {
    warnings.push({ code: 'no_evidence', message: 'No evidence behind this anchor yet. Link at least one item.' });
  }
  let previous = opening;
  steps.forEach((step, index) => {
    const label = `Step ${index + 1}`;
    if (!step.ask.trim()) {
      warnings.push({
        code: 'step_without_ask',
        stepId: step.id,
        message: `${label} gives something without a conditional ask.`,
      });
    }
    // A step past the walk-away is flagged once, by the move checks of core/objectives
    // (rows, readiness and plan alike); measuring it against the target too would say it twice.
    const crossing = step.value !== null && objectives !== null && crossesWalkAway(step.value, objectives);
    if (!crossing && step.value !== null && target !== null && opening !== null && opening !== target) {
      const towardsHigher = target > opening;
      const past = towardsHigher ? step.value > target : step.value < target;
      const backwards = previous !== null && (towardsHigher ? step.value < previous : step.value > previous);
      if (past) {
        warnings.push({ code: 'step_past_target', stepId: step.id, message: `${label} goes beyond the target.` });
      } else if (backwards) {
        warnings.push({
          code: 'step_away_from_target',
          stepId: step.id,
          message: `${label} moves back towards the anchor instead of towards the target.`,
        });
      }
    }
    if (step.value !== null) previous = step.value;
  });
  return warnings;
}

/** Price first (the issue most often anchored), then the order the user gave. */
export function worksheetOrder<T extends Pick<Anchor, 'issueLabel' | 'position'>>(anchors: readonly T[]): T[] {
  const isPrice = (a: T) => /\b(price|pricing|fee|fees|rate|cost)\b/i.test(a.issueLabel);
  return [...anchors].sort((a, b) => Number(isPrice(b)) - Number(isPrice(a)) || a.position - b.position);
}
