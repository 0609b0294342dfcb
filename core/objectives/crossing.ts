import { formatIssueValue } from '../calculator';
import {
  type MainIssueSource,
  type ObjectiveIssue,
  type Objectives,
  type OurSideForObjectives,
  objectivesOf,
} from './accessor';

/** A value on the wrong side of the walk-away, in the direction that is worse for us. */
export function crossesWalkAway(value: number, o: Pick<Objectives, 'walkAway' | 'direction'>): boolean {
  if (o.walkAway === null || o.direction === null) return false;
  return o.direction === 'higher' ? value < o.walkAway : value > o.walkAway;
}

/**
 * Whether choosing this option crosses the walk-away: by its number on a numeric issue,
 * else by our score against the score of the option named as the walk-away.
 */
export function optionCrossesWalkAway(issue: ObjectiveIssue, o: Objectives, optionId: string): boolean {
  const option = issue.options.find((x) => x.id === optionId);
  if (!option) return false;
  if (issue.numericKind !== null && option.value !== null) return crossesWalkAway(option.value, o);
  const floor = issue.options.find((x) => x.id === o.walkAwayOptionId);
  if (!floor || floor.ourScore === null || option.ourScore === null) return false;
  return option.ourScore < floor.ourScore;
}

export interface Crossing {
  issueId: string;
  /** "Licence fee: €400,000 per year is below the walk-away (€410,000 per year)". */
  text: string;
}

const issueName = (issue: ObjectiveIssue) => issue.name.trim() || 'Unnamed issue';

export function valueCrossingText(issue: ObjectiveIssue, o: Objectives, value: number, currency: string): string {
  const side = o.direction === 'higher' ? 'below' : 'above';
  const walkAway = o.walkAway === null ? '' : formatIssueValue(issue, o.walkAway, currency);
  return `${issueName(issue)}: ${formatIssueValue(issue, value, currency)} is ${side} the walk-away (${walkAway})`;
}

export function optionCrossingText(issue: ObjectiveIssue, o: Objectives, optionId: string, currency: string): string {
  const option = issue.options.find((x) => x.id === optionId);
  if (issue.numericKind !== null && option?.value != null) return valueCrossingText(issue, o, option.value, currency);
  const floor = issue.options.find((x) => x.id === o.walkAwayOptionId);
  return `${issueName(issue)}: “${option?.label ?? ''}” is worse for us than the walk-away “${floor?.label ?? ''}”`;
}

/** Every issue of a package (issue id → option id) whose chosen option crosses our walk-away. */
export function packageCrossings(
  issues: readonly ObjectiveIssue[],
  choice: Readonly<Record<string, string>>,
  batna: MainIssueSource,
  ourSide: OurSideForObjectives,
  currency: string,
): Crossing[] {
  const found: Crossing[] = [];
  for (const issue of issues) {
    const optionId = Object.hasOwn(choice, issue.id) ? choice[issue.id] : undefined;
    if (optionId === undefined) continue;
    const o = objectivesOf(issue, batna, ourSide);
    if (optionCrossesWalkAway(issue, o, optionId)) {
      found.push({ issueId: issue.id, text: optionCrossingText(issue, o, optionId, currency) });
    }
  }
  return found;
}
