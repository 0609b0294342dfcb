import { type Batna, type BetterDirection, resolveDirection } from './batna';
import type { Deal } from './deal';
import type { Issue } from './issues';

/**
 * What we want and will accept on one issue, read from the one place it is kept. Today the
 * BATNA step holds them for the deal's main issue only (its reservation point and target);
 * every step asks here, so widening this to every issue changes no step.
 */
export interface Objectives {
  /** The worst we would still accept (reservation point). */
  walkAway: number | null;
  target: number | null;
  /** Which way is better for us on this issue. */
  direction: BetterDirection | null;
}

export interface ObjectiveSource {
  batna: Pick<Batna, 'mainIssueId' | 'ourReservation' | 'ourTarget' | 'betterDirection'>;
  deal: Pick<Deal, 'ourSide'>;
  issues: readonly Pick<Issue, 'id' | 'category'>[];
}

/** The deal's walk-away and target on its main issue, whichever issue that is. */
export function mainObjectives(source: {
  batna: Pick<Batna, 'ourReservation' | 'ourTarget' | 'betterDirection'>;
  deal: Pick<Deal, 'ourSide'>;
}): Objectives {
  return {
    walkAway: source.batna.ourReservation,
    target: source.batna.ourTarget,
    direction: resolveDirection(source.batna.betterDirection, source.deal.ourSide),
  };
}

/**
 * How much we can give away from our target before we are past the walk-away, in the deal's
 * currency. Null unless the main issue is measured in that currency and both ends are set
 * the right way round (a target worse than the walk-away is flagged on the BATNA step).
 */
export function roomInMoney(source: {
  batna: Pick<Batna, 'ourReservation' | 'ourTarget' | 'betterDirection' | 'scaleUnit'>;
  deal: Pick<Deal, 'ourSide' | 'currency'>;
}): number | null {
  const unit = source.batna.scaleUnit.trim().toUpperCase();
  if (unit && unit !== source.deal.currency.toUpperCase()) return null;
  const { walkAway, target, direction } = mainObjectives(source);
  if (walkAway === null || target === null || !direction) return null;
  const room = direction === 'higher' ? target - walkAway : walkAway - target;
  return room >= 0 ? room : null;
}

/** The main issue is the one chosen on the BATNA step, or the (first) price issue when none is. */
function isMainIssue(source: ObjectiveSource, issueId: string): boolean {
  if (source.batna.mainIssueId) return source.batna.mainIssueId === issueId;
  return source.issues.find((i) => i.category === 'price')?.id === issueId;
}

/** Null when nothing is recorded for this issue. */
export function objectivesOf(source: ObjectiveSource, issueId: string | null): Objectives | null {
  if (!issueId || !isMainIssue(source, issueId)) return null;
  return mainObjectives(source);
}

/** True when `value` is worse for us than the walk-away. */
export function crossesWalkAway(value: number, objectives: Objectives | null): boolean {
  if (!objectives || objectives.walkAway === null || !objectives.direction) return false;
  return objectives.direction === 'higher' ? value < objectives.walkAway : value > objectives.walkAway;
}
