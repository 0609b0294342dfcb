/**
 * The concession budget: the most we will give in total, in money (the deal's currency)
 * and in points of value to us, checked against what the anchor ladders and the
 * concession log plan to give. Pure: no I/O.
 *
 * How the spend is counted:
 * - money: the log's cost to us (every concession but the withdrawn ones), plus each
 *   ladder's furthest step from its opening on an issue counted in money;
 * - points: per issue, the furthest we go from the opening anchor (over its ladder steps and
 *   the log's "moves it to" values), as the issue's share of our weights times the drop in
 *   our score, read off the options' numbers and scores. A move we cannot score is counted
 *   in `uncounted`, not guessed.
 */
import { z } from 'zod';
import { roundHalfAway, roundMoney } from './calculator';
import type { ConcessionStatus } from './concessions';
import { figure } from './scales';

export const concessionBudgetSchema = z.strictObject({
  money: figure('Money budget').min(0, 'The money budget cannot be negative').nullable(),
  points: z
    .number({ error: 'The points budget must be a number' })
    .min(0, 'The points budget must be between 0 and 100')
    .max(100, 'The points budget must be between 0 and 100')
    .nullable(),
});
export type ConcessionBudget = z.infer<typeof concessionBudgetSchema>;
export const concessionBudgetPatchSchema = concessionBudgetSchema.partial();
export const CONCESSION_BUDGET_DEFAULTS: ConcessionBudget = { money: null, points: null };

export interface BudgetIssue {
  id: string;
  name: string;
  weightUs: number;
  numericKind: string | null;
  options: readonly { value: number | null; ourScore: number | null }[];
}

export interface BudgetInput {
  currency: string;
  issues: readonly BudgetIssue[];
  anchors: readonly { id: string; issueId: string | null; unit: string; opening: number | null }[];
  ladderSteps: readonly { anchorId: string; value: number | null }[];
  concessions: readonly {
    status: ConcessionStatus;
    valueToUs: number | null;
    issueId: string | null;
    value: number | null;
  }[];
}

export interface ConcessionSpend {
  money: { ladder: number; log: number; total: number; unpriced: number };
  points: { ladder: number; log: number; total: number; uncounted: number };
}

/** Our score for a number on the issue's scale, read between its options' numbers; null when they cannot say. */
export function scoreAt(issue: BudgetIssue, value: number): number | null {
  const known = issue.options
    .filter((o): o is { value: number; ourScore: number } => o.value !== null && o.ourScore !== null)
    .sort((a, b) => a.value - b.value);
  if (known.length < 2) return null;
  const first = known[0] as { value: number; ourScore: number };
  const last = known[known.length - 1] as { value: number; ourScore: number };
  if (value <= first.value) return first.ourScore;
  if (value >= last.value) return last.ourScore;
  for (let k = 1; k < known.length; k++) {
    const a = known[k - 1] as { value: number; ourScore: number };
    const b = known[k] as { value: number; ourScore: number };
    if (value <= b.value) {
      if (b.value === a.value) return b.ourScore;
      return a.ourScore + ((value - a.value) / (b.value - a.value)) * (b.ourScore - a.ourScore);
    }
  }
  return last.ourScore;
}

const isMoneyAnchor = (
  anchor: BudgetInput['anchors'][number],
  issue: BudgetIssue | undefined,
  currency: string,
): boolean =>
  issue ? issue.numericKind === 'money' : anchor.unit.trim() === '' || anchor.unit.trim().toUpperCase() === currency;

export function concessionSpend(input: BudgetInput): ConcessionSpend {
  const issues = new Map(input.issues.map((i) => [i.id, i]));
  const weightSum = input.issues.reduce((sum, i) => sum + Math.max(0, i.weightUs), 0);
  const pointsOf = (issue: BudgetIssue, from: number, to: number): number | null => {
    if (weightSum <= 0) return null;
    const a = scoreAt(issue, from);
    const b = scoreAt(issue, to);
    if (a === null || b === null) return null;
    return Math.max(0, ((a - b) * Math.max(0, issue.weightUs)) / weightSum);
  };

  let ladderMoney = 0;
  let uncounted = 0;
  /** Per issue, the furthest drop in points and where it came from. */
  const furthest = new Map<string, { points: number; from: 'ladder' | 'log' }>();
  const openings = new Map<string, number>();
  const note = (issueId: string, points: number, from: 'ladder' | 'log') => {
    const known = furthest.get(issueId);
    if (!known || points > known.points) furthest.set(issueId, { points, from });
  };

  for (const anchor of input.anchors) {
    const steps = input.ladderSteps.filter((s) => s.anchorId === anchor.id && s.value !== null);
    const issue = anchor.issueId ? issues.get(anchor.issueId) : undefined;
    if (issue && anchor.opening !== null && !openings.has(issue.id)) openings.set(issue.id, anchor.opening);
    if (anchor.opening === null || steps.length === 0) continue;
    const opening = anchor.opening;
    if (isMoneyAnchor(anchor, issue, input.currency)) {
      ladderMoney += Math.max(...steps.map((s) => Math.abs(opening - (s.value as number))));
    }
    if (!issue) {
      uncounted += 1;
      continue;
    }
    const drops = steps.map((s) => pointsOf(issue, opening, s.value as number));
    if (drops.some((d) => d === null)) uncounted += 1;
    const known = drops.filter((d): d is number => d !== null);
    if (known.length) note(issue.id, Math.max(...known), 'ladder');
  }

  let logMoney = 0;
  let unpriced = 0;
  for (const c of input.concessions) {
    if (c.status === 'withdrawn') continue;
    if (c.valueToUs === null) unpriced += 1;
    else logMoney += c.valueToUs;
    if (c.issueId === null || c.value === null) continue;
    const issue = issues.get(c.issueId);
    const opening = openings.get(c.issueId);
    const drop = issue && opening !== undefined ? pointsOf(issue, opening, c.value) : null;
    if (drop === null || !issue) uncounted += 1;
    else note(issue.id, drop, 'log');
  }

  let ladderPoints = 0;
  let logPoints = 0;
  for (const { points, from } of furthest.values()) {
    if (from === 'ladder') ladderPoints += points;
    else logPoints += points;
  }
  const money = (n: number) => roundMoney(n, input.currency);
  const points = (n: number) => roundHalfAway(n, 1);
  return {
    money: {
      ladder: money(ladderMoney),
      log: money(logMoney),
      total: money(ladderMoney + logMoney),
      unpriced,
    },
    points: {
      ladder: points(ladderPoints),
      log: points(logPoints),
      total: points(ladderPoints + logPoints),
      uncounted,
    },
  };
}

export interface BudgetLine {
  budget: number;
  spent: number;
  /** Budget minus spent (negative when exceeded), rounded like the amounts. */
  left: number;
  exceeded: boolean;
}

export interface BudgetCheck {
  money: BudgetLine | null;
  points: BudgetLine | null;
}

/**
 * The spend against the budget. Amounts are compared after rounding to the currency's
 * minor unit (cents, whole yen) and points to one decimal, so float dust never flags.
 */
export function checkBudget(budget: ConcessionBudget, spend: ConcessionSpend, currency: string): BudgetCheck {
  const line = (limit: number | null, spent: number, round: (n: number) => number): BudgetLine | null => {
    if (limit === null) return null;
    const b = round(limit);
    const s = round(spent);
    const left = round(b - s);
    return { budget: b, spent: s, left, exceeded: left < 0 };
  };
  return {
    money: line(budget.money, spend.money.total, (n) => roundMoney(n, currency)),
    points: line(budget.points, spend.points.total, (n) => roundHalfAway(n, 1)),
  };
}

/** The budget, the spend and the check for a deal snapshot; null when no budget is set. */
export function snapshotBudget(s: {
  deal: { currency: string };
  issues: readonly BudgetIssue[];
  anchors?: { anchors: BudgetInput['anchors']; ladderSteps: BudgetInput['ladderSteps'] } | undefined;
  concessions?: { concessions: BudgetInput['concessions']; budget?: ConcessionBudget | undefined } | undefined;
}): { budget: ConcessionBudget; spend: ConcessionSpend; check: BudgetCheck } {
  const budget = s.concessions?.budget ?? CONCESSION_BUDGET_DEFAULTS;
  const spend = concessionSpend({
    currency: s.deal.currency,
    issues: s.issues,
    anchors: s.anchors?.anchors ?? [],
    ladderSteps: s.anchors?.ladderSteps ?? [],
    concessions: s.concessions?.concessions ?? [],
  });
  return { budget, spend, check: checkBudget(budget, spend, s.deal.currency) };
}
