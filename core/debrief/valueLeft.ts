/**
 * Value left on the table: how far the agreed package sits below the Pareto frontier.
 * Uses the package engine (core/meso.ts), so the numbers match the MESO grid exactly.
 */
import { type Package, packageValue, paretoFrontier, type ScoredIssue } from '../meso';

/** Differences smaller than this (points) are rounding, not value left behind. */
export const VALUE_TOLERANCE = 1e-6;

export interface ValueLeft {
  agreed: Package;
  /** The best package for us that is at least as good for them as the agreed one. */
  bestForUs: Package;
  /** How many more points bestForUs gives us than the agreement. */
  moreForUs: number;
  /** The reverse: the best package for them that is at least as good for us. */
  bestForThem: Package;
  moreForThem: number;
  /** True when no package is better for one side and no worse for the other. */
  efficient: boolean;
  frontier: Package[];
}

export type ValueLeftResult =
  | ({ ready: true } & ValueLeft)
  | { ready: false; reason: string; missingIssueIds: string[] };

/**
 * `issues` are the scored issues (see toMesoIssues); `choice` the agreed option per issue.
 * Every issue needs an agreed, scored option before anything can be said.
 */
export function valueLeftOnTheTable(issues: ScoredIssue[], choice: Record<string, string>): ValueLeftResult {
  if (issues.length === 0) {
    return {
      ready: false,
      reason: 'Score at least one issue for both sides to value the agreement.',
      missingIssueIds: [],
    };
  }
  const missing = issues.filter(
    (issue) => !Object.hasOwn(choice, issue.id) || !issue.options.some((o) => o.id === choice[issue.id]),
  );
  if (missing.length > 0) {
    return {
      ready: false,
      reason: `Record the agreed option (scored for both sides) for ${missing.length} more issue${missing.length === 1 ? '' : 's'}.`,
      missingIssueIds: missing.map((i) => i.id),
    };
  }
  const own = Object.fromEntries(issues.map((issue) => [issue.id, choice[issue.id] as string]));
  const agreed: Package = { choice: own, ...packageValue(issues, own) };
  const frontier = paretoFrontier(issues);
  const bestForUs =
    pick(
      frontier,
      (p) => p.them >= agreed.them - VALUE_TOLERANCE,
      (p) => p.us,
    ) ?? agreed;
  const bestForThem =
    pick(
      frontier,
      (p) => p.us >= agreed.us - VALUE_TOLERANCE,
      (p) => p.them,
    ) ?? agreed;
  const moreForUs = clean(bestForUs.us - agreed.us);
  const moreForThem = clean(bestForThem.them - agreed.them);
  return {
    ready: true,
    agreed,
    bestForUs: moreForUs === 0 ? agreed : bestForUs,
    moreForUs,
    bestForThem: moreForThem === 0 ? agreed : bestForThem,
    moreForThem,
    efficient: moreForUs === 0 && moreForThem === 0,
    frontier,
  };
}

function pick(frontier: Package[], allowed: (p: Package) => boolean, score: (p: Package) => number): Package | null {
  let best: Package | null = null;
  for (const p of frontier) if (allowed(p) && (best === null || score(p) > score(best))) best = p;
  return best;
}

const clean = (gain: number) => (gain > VALUE_TOLERANCE ? gain : 0);

export type AgreementKind = 'integrative' | 'distributive';

export interface AgreementClassification {
  kind: AgreementKind;
  /** One or two plain sentences saying why. */
  reason: string;
  /** Issues we let them have that matter more to them than to us. */
  given: string[];
  /** Issues we kept that matter more to us than to them. */
  kept: string[];
}

/**
 * Integrative when the agreement traded across issues: at least one issue that weighs more
 * for them went their way while one that weighs more for us went ours. Otherwise the value
 * was split issue by issue — distributive. Weights are compared as shares of each side's total.
 */
export function classifyAgreement(
  issues: ScoredIssue[],
  choice: Record<string, string>,
  names: Record<string, string> = {},
): AgreementClassification {
  const totalUs = issues.reduce((s, i) => s + i.weightUs, 0) || 1;
  const totalThem = issues.reduce((s, i) => s + i.weightThem, 0) || 1;
  const given: string[] = [];
  const kept: string[] = [];
  for (const issue of issues) {
    const agreed = issue.options.find((o) => o.id === choice[issue.id]);
    if (!agreed || issue.options.length < 2) continue;
    const shareUs = issue.weightUs / totalUs;
    const shareThem = issue.weightThem / totalThem;
    const bestUs = Math.max(...issue.options.map((o) => o.us));
    const bestThem = Math.max(...issue.options.map((o) => o.them));
    const name = names[issue.id] || 'an unnamed issue';
    if (shareThem > shareUs && agreed.them >= bestThem && agreed.us < bestUs) given.push(name);
    if (shareUs > shareThem && agreed.us >= bestUs && agreed.them < bestThem) kept.push(name);
  }
  if (given.length > 0 && kept.length > 0) {
    return {
      kind: 'integrative',
      reason: `Value was created by trading: you let them have ${list(given)}, which matters more to them, and kept ${list(kept)}, which matters more to you.`,
      given,
      kept,
    };
  }
  const weighted = issues.filter((i) => i.weightUs > 0 || i.weightThem > 0);
  const reason =
    weighted.length < 2
      ? 'Only one issue carried weight, so every point one side gained the other lost: a split of a fixed amount.'
      : given.length > 0
        ? `You gave way on ${list(given)} but did not keep an issue that matters more to you in return: the issues were settled one at a time, not traded.`
        : kept.length > 0
          ? `You held ${list(kept)}, but nothing that matters more to them went their way in exchange: no trade across issues.`
          : 'No issue that matters more to one side went fully that side’s way: each issue was split on its own rather than traded against another.';
  return { kind: 'distributive', reason, given, kept };
}

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
