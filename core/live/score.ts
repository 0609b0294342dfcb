/**
 * Scores a package as it is spoken, against the preparation: its value to us and (as we
 * estimate it) to them with the package engine, whether it is on the Pareto frontier, how
 * far it sits from it, the nearest package better for both, and where each issue stands
 * against our walk-away and target. The frontier is computed once per session (it can take
 * a while for large deals, so the screen does it off the main thread) and passed in.
 */
import { type BetterDirection, resolveDirection } from '../batna';
import type { OurSide } from '../deal';
import { labelAmount } from '../debrief/outcome';
import { type Issue, type IssueOption, type MesoIssue, toMesoIssues } from '../issues';
import type { Package } from '../meso';
import { compile, type Model, valueOfPicks } from '../meso/model';
import { type BetterDeal, nearestBetterForBoth } from '../mesoAnalysis';
import type { LiveChoices } from './model';

const EPS = 1e-9;

/** Where an issue's figure stands against our limits on it. */
export type IssueStanding = 'past-walk-away' | 'short-of-target' | 'at-target' | 'no-limit';

export interface IssueLimit {
  walkAway: number | null;
  target: number | null;
  direction: BetterDirection;
}

export interface LivePlan {
  issues: readonly Issue[];
  mesoIssues: MesoIssue[];
  /** Issue id → the numbers we hold on it (main issue from BATNA & reservation, others from the issue's objectives). */
  limits: Record<string, IssueLimit>;
  ourBatnaPoints: number | null;
  targetPoints: number | null;
}

export interface LivePlanInput {
  issues: readonly Issue[];
  ourSide: OurSide;
  batna: {
    mainIssueId: string | null;
    betterDirection: BetterDirection | null;
    ourReservation: number | null;
    ourTarget: number | null;
    ourValuePoints: number | null;
  };
  /** The MESO screen's target in points, when set. */
  targetPoints: number | null;
}

/**
 * Which way an issue's numbers run for us: read from our own scores when the options carry
 * numbers (45 days scored above 30 days → higher is better), else the deal's direction.
 */
export function issueDirection(issue: Issue, fallback: BetterDirection | null): BetterDirection | null {
  const numbered = issue.options.flatMap((o) => {
    const n = labelAmount(o.label);
    return n === null || o.ourScore === null ? [] : [{ n, s: o.ourScore }];
  });
  if (numbered.length >= 2) {
    const lo = numbered.reduce((a, b) => (b.n < a.n ? b : a));
    const hi = numbered.reduce((a, b) => (b.n > a.n ? b : a));
    if (hi.s > lo.s) return 'higher';
    if (hi.s < lo.s) return 'lower';
  }
  return fallback;
}

export function livePlan(input: LivePlanInput): LivePlan {
  const dealDirection = resolveDirection(input.batna.betterDirection, input.ourSide);
  const limits: Record<string, IssueLimit> = {};
  const put = (issueId: string, walkAway: number | null, target: number | null, fallback: BetterDirection | null) => {
    const issue = input.issues.find((i) => i.id === issueId);
    if (!issue || (walkAway === null && target === null)) return;
    const direction = issueDirection(issue, fallback);
    if (!direction) return;
    const known = limits[issueId];
    limits[issueId] = {
      walkAway: walkAway ?? known?.walkAway ?? null,
      target: target ?? known?.target ?? null,
      direction,
    };
  };
  const main = input.batna.mainIssueId;
  for (const issue of input.issues) if (issue.id !== main) put(issue.id, issue.walkAway, issue.target, null);
  if (main) put(main, input.batna.ourReservation, input.batna.ourTarget, dealDirection);
  return {
    issues: input.issues,
    mesoIssues: toMesoIssues(input.issues),
    limits,
    ourBatnaPoints: input.batna.ourValuePoints,
    targetPoints: input.targetPoints,
  };
}

/** A plan that only values packages (no limits): Insights and other after-the-fact reads. */
export const valuePlan = (issues: readonly Issue[]): LivePlan => ({
  issues,
  mesoIssues: toMesoIssues(issues),
  limits: {},
  ourBatnaPoints: null,
  targetPoints: null,
});

export function standingOf(value: number, limit: IssueLimit): IssueStanding {
  const better = (a: number, b: number) => (limit.direction === 'higher' ? a - b : b - a);
  if (limit.walkAway !== null && better(value, limit.walkAway) < -EPS) return 'past-walk-away';
  if (limit.target !== null) return better(value, limit.target) >= -EPS ? 'at-target' : 'short-of-target';
  return 'no-limit';
}

export interface IssuePosition {
  issueId: string;
  optionId: string | null;
  /** Our score and their estimated score for the option (null when not scored). */
  ourScore: number | null;
  theirScore: number | null;
  figure: number | null;
  standing: IssueStanding;
  limit: IssueLimit | null;
}

export interface OfferScore {
  /** Scored issues the package does not settle yet. */
  missing: string[];
  us: number | null;
  them: number | null;
  /** us − our BATNA in points; negative: worse than walking away. */
  overBatna: number | null;
  overTarget: number | null;
  /** Null while the frontier is not known yet or the package is incomplete. */
  onFrontier: boolean | null;
  /** Distance in points (both axes) to the nearest better package on the frontier; 0 on it. */
  distanceToFrontier: number | null;
  betterDeal: BetterDeal | null;
  issues: IssuePosition[];
}

/**
 * What scoring needs, prepared once per plan: the engine's compiled issues (so each offer
 * costs a lookup per issue, not a validation of every option) and each option's figure.
 */
interface Prepared {
  model: Model | null;
  /** Per plan issue: option id → the option and the number in its label. */
  options: Map<string, { option: IssueOption; figure: number | null }>[];
  /** Per engine issue: option id → its index. */
  picks: Map<string, number>[];
}
const prepared = new WeakMap<LivePlan, Prepared>();

function prepare(plan: LivePlan): Prepared {
  const known = prepared.get(plan);
  if (known) return known;
  let model: Model | null = null;
  try {
    model = plan.mesoIssues.length > 0 ? compile(plan.mesoIssues) : null;
  } catch {
    // Weights that leave a side with nothing to value: no values yet, as on the MESO screen.
  }
  const result: Prepared = {
    model,
    options: plan.issues.map(
      (issue) => new Map(issue.options.map((option) => [option.id, { option, figure: labelAmount(option.label) }])),
    ),
    picks: plan.mesoIssues.map((issue) => new Map(issue.options.map((o, j) => [o.id, j]))),
  };
  prepared.set(plan, result);
  return result;
}

export function scoreOffer(plan: LivePlan, choices: LiveChoices, frontier: readonly Package[] | null): OfferScore {
  const ready = prepare(plan);
  const issues: IssuePosition[] = plan.issues.map((issue, i) => {
    const optionId = Object.hasOwn(choices, issue.id) ? choices[issue.id] : undefined;
    const found = optionId === undefined ? undefined : ready.options[i]?.get(optionId);
    const limit = plan.limits[issue.id] ?? null;
    const figure = found?.figure ?? null;
    return {
      issueId: issue.id,
      optionId: found ? found.option.id : null,
      ourScore: found?.option.ourScore ?? null,
      theirScore: found?.option.theirScore ?? null,
      figure,
      standing: limit && figure !== null ? standingOf(figure, limit) : 'no-limit',
      limit,
    };
  });
  const missing: string[] = [];
  const picks = new Int32Array(plan.mesoIssues.length);
  plan.mesoIssues.forEach((issue, i) => {
    const optionId = Object.hasOwn(choices, issue.id) ? choices[issue.id] : undefined;
    const j = optionId === undefined ? undefined : ready.picks[i]?.get(optionId);
    if (j === undefined) missing.push(issue.id);
    else picks[i] = j;
  });
  if (missing.length > 0 || !ready.model) {
    return {
      missing,
      us: null,
      them: null,
      overBatna: null,
      overTarget: null,
      onFrontier: null,
      distanceToFrontier: null,
      betterDeal: null,
      issues,
    };
  }
  const value = valueOfPicks(ready.model, picks);
  const betterDeal = frontier ? nearestBetterForBoth(frontier, value) : null;
  return {
    missing,
    ...value,
    overBatna: plan.ourBatnaPoints === null ? null : value.us - plan.ourBatnaPoints,
    overTarget: plan.targetPoints === null ? null : value.us - plan.targetPoints,
    onFrontier: frontier ? betterDeal === null : null,
    distanceToFrontier: frontier
      ? betterDeal
        ? Math.hypot(betterDeal.us - value.us, betterDeal.them - value.them)
        : 0
      : null,
    betterDeal,
    issues,
  };
}

/** The issues where a better-for-both package differs from the offer, for "try instead". */
export function packageChanges(
  issues: readonly Issue[],
  from: LiveChoices,
  to: Record<string, string>,
): { issue: string; from: string; to: string }[] {
  return issues.flatMap((issue) => {
    const a = Object.hasOwn(from, issue.id) ? from[issue.id] : undefined;
    const b = Object.hasOwn(to, issue.id) ? to[issue.id] : undefined;
    if (b === undefined || a === b) return [];
    const label = (id: string | undefined) => issue.options.find((o) => o.id === id)?.label || '—';
    return [{ issue: issue.name || 'Untitled issue', from: label(a), to: label(b) }];
  });
}
