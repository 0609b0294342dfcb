import { type Batna, resolveDirection } from '../batna';
import type { Deal } from '../deal';
import {
  type MainIssueSource,
  type ObjectiveIssue,
  type Objectives,
  type OurSideForObjectives,
  objectivesOf,
} from './accessor';

/**
 * The objectives of the issue an anchor, ladder step or offer sits on, read from where each
 * value lives (the BATNA step for the main issue, the issue otherwise); null without an issue.
 */
export function issueObjectivesOf(
  issues: readonly ObjectiveIssue[],
  batna: MainIssueSource,
  ourSide: OurSideForObjectives,
  issueId: string | null,
): Objectives | null {
  const issue = issueId ? issues.find((i) => i.id === issueId) : undefined;
  return issue ? objectivesOf(issue, batna, ourSide) : null;
}

/**
 * How much we can give away from our target before we are past the walk-away on the main
 * issue, in the deal's currency. Null unless the main issue is measured in that currency and
 * both ends are set the right way round (a target worse than the walk-away is flagged on the
 * BATNA step).
 */
export function roomInMoney(source: {
  batna: Pick<Batna, 'ourReservation' | 'ourTarget' | 'betterDirection' | 'scaleUnit'>;
  deal: Pick<Deal, 'ourSide' | 'currency'>;
}): number | null {
  const unit = source.batna.scaleUnit.trim().toUpperCase();
  if (unit && unit !== source.deal.currency.toUpperCase()) return null;
  const { ourReservation: walkAway, ourTarget: target } = source.batna;
  const direction = resolveDirection(source.batna.betterDirection, source.deal.ourSide);
  if (walkAway === null || target === null || !direction) return null;
  const room = direction === 'higher' ? target - walkAway : walkAway - target;
  return room >= 0 ? room : null;
}
