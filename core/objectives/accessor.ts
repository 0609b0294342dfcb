import type { NumericKind } from '../calculator';
import { OBJECTIVE_DEFAULTS, type OptionObjective, type Priority } from './fields';

export type Direction = 'lower' | 'higher';

/** What the objectives need to know of an issue. */
export interface ObjectiveIssue {
  id: string;
  name: string;
  category: string;
  numericKind: NumericKind | null;
  unit: string;
  priority: Priority | null;
  walkAway: number | null;
  target: number | null;
  ideal: number | null;
  options: readonly {
    id: string;
    label: string;
    value: number | null;
    ourScore: number | null;
    objective: OptionObjective | null;
  }[];
}

/** The BATNA step's numbers on the main issue: the one place the main issue's walk-away and target live. */
export interface MainIssueSource {
  mainIssueId: string | null;
  ourReservation: number | null;
  ourTarget: number | null;
  betterDirection: Direction | null;
}

export interface Objectives {
  priority: Priority | null;
  walkAway: number | null;
  target: number | null;
  ideal: number | null;
  walkAwayOptionId: string | null;
  targetOptionId: string | null;
  idealOptionId: string | null;
  /** Which end of the scale is better for us; null when nothing tells. */
  direction: Direction | null;
  /** True for the main issue: walk-away and target are the BATNA step's reservation and target. */
  fromBatna: boolean;
}

export type OurSideForObjectives = 'buying' | 'selling' | 'other';

const isMain = (issue: Pick<ObjectiveIssue, 'id'>, batna: MainIssueSource) => batna.mainIssueId === issue.id;

/**
 * Which way is better: the objectives say it when the walk-away and the target (or ideal)
 * differ; the BATNA step's direction for the main issue; else the deal's side for price
 * (buyers want lower) and payment terms (the payer wants longer).
 */
export function directionOf(
  issue: ObjectiveIssue,
  values: { walkAway: number | null; target: number | null; ideal: number | null },
  batna: MainIssueSource,
  ourSide: OurSideForObjectives,
): Direction | null {
  const aim = values.target ?? values.ideal;
  if (values.walkAway !== null && aim !== null && aim !== values.walkAway) {
    return aim > values.walkAway ? 'higher' : 'lower';
  }
  if (isMain(issue, batna) && batna.betterDirection) return batna.betterDirection;
  if (ourSide === 'other') return null;
  if (issue.category === 'price' && issue.numericKind === 'money') return ourSide === 'buying' ? 'lower' : 'higher';
  if (issue.category === 'price' && issue.numericKind === 'percent') return ourSide === 'buying' ? 'higher' : 'lower';
  if (issue.category === 'payment_terms' && issue.numericKind === 'days') {
    return ourSide === 'buying' ? 'higher' : 'lower';
  }
  if (isMain(issue, batna)) return ourSide === 'buying' ? 'lower' : 'higher';
  return null;
}

/** An issue's objectives, read from the one place each value lives. */
export function objectivesOf(issue: ObjectiveIssue, batna: MainIssueSource, ourSide: OurSideForObjectives): Objectives {
  const fromBatna = isMain(issue, batna);
  const walkAway = fromBatna ? batna.ourReservation : issue.walkAway;
  const target = fromBatna ? batna.ourTarget : issue.target;
  const values = { walkAway, target, ideal: issue.ideal };
  const marked = (mark: OptionObjective) => issue.options.find((o) => o.objective === mark)?.id ?? null;
  return {
    priority: issue.priority,
    ...values,
    walkAwayOptionId: marked('walk_away'),
    targetOptionId: marked('target'),
    idealOptionId: marked('ideal'),
    direction: directionOf(issue, values, batna, ourSide),
    fromBatna,
  };
}

export type ObjectivesPatch = Partial<Pick<Objectives, 'priority' | 'walkAway' | 'target' | 'ideal'>>;

/**
 * Where a write of objectives goes: for the main issue the walk-away and target go to the
 * BATNA step (its reservation and target), everything else to the issue's own columns.
 */
export function routeObjectivesPatch(
  issue: Pick<ObjectiveIssue, 'id'>,
  batna: Pick<MainIssueSource, 'mainIssueId'>,
  patch: ObjectivesPatch,
): { issue: ObjectivesPatch; batna: { ourReservation?: number | null; ourTarget?: number | null } } {
  if (batna.mainIssueId !== issue.id) return { issue: patch, batna: {} };
  const { walkAway, target, ...rest } = patch;
  const toBatna: { ourReservation?: number | null; ourTarget?: number | null } = {};
  if (walkAway !== undefined) toBatna.ourReservation = walkAway;
  if (target !== undefined) toBatna.ourTarget = target;
  return { issue: rest, batna: toBatna };
}

export const NO_OBJECTIVES: Objectives = {
  ...OBJECTIVE_DEFAULTS,
  walkAwayOptionId: null,
  targetOptionId: null,
  idealOptionId: null,
  direction: null,
  fromBatna: false,
};

/** The BATNA's main-issue values, or none while the BATNA has not been read yet. */
export function mainIssueSourceOf(batna: MainIssueSource | undefined | null): MainIssueSource {
  return batna
    ? {
        mainIssueId: batna.mainIssueId,
        ourReservation: batna.ourReservation,
        ourTarget: batna.ourTarget,
        betterDirection: batna.betterDirection,
      }
    : { mainIssueId: null, ourReservation: null, ourTarget: null, betterDirection: null };
}
