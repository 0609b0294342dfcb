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

/** The main issue is the one chosen on the BATNA step, or the (first) price issue when none is. */
function isMainIssue(source: ObjectiveSource, issueId: string): boolean {
  if (source.batna.mainIssueId) return source.batna.mainIssueId === issueId;
  return source.issues.find((i) => i.category === 'price')?.id === issueId;
}

/** Null when nothing is recorded for this issue. */
export function objectivesOf(source: ObjectiveSource, issueId: string | null): Objectives | null {
  if (!issueId || !isMainIssue(source, issueId)) return null;
  return {
    walkAway: source.batna.ourReservation,
    target: source.batna.ourTarget,
    direction: resolveDirection(source.batna.betterDirection, source.deal.ourSide),
  };
}

/** True when `value` is worse for us than the walk-away. */
export function crossesWalkAway(value: number, objectives: Objectives | null): boolean {
  if (!objectives || objectives.walkAway === null || !objectives.direction) return false;
  return objectives.direction === 'higher' ? value < objectives.walkAway : value > objectives.walkAway;
}
