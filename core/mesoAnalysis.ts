/**
 * What the MESO screen (and later the plan) shows about a deal's offers, computed from the
 * package engine: each offer's value to both sides, the Pareto frontier, the joint-gain
 * maximum, the walk-away line in points, and for every offer the nearest frontier package
 * that would be better for both sides. Pure: runs in a Web Worker, in tests and in the plan.
 */
import type { Batna } from './batna';
import { type Issue, type MesoIssue, toMesoIssues } from './issues';
import {
  type Frontier,
  frontierOf,
  maxJointGain,
  type Package,
  PackageEngineError,
  packageValue,
  suggestMesos,
} from './meso';
import type { MesoSettingsFields, OfferChoices, OfferKind } from './mesoOffers';

/** Values within this many points count as equal (the engine's values are exact sums). */
const EPS = 1e-9;

export interface OfferInput {
  id: string;
  kind: OfferKind;
  label: string;
  fromName: string;
  choices: OfferChoices;
}

export interface MesoAnalysisInput {
  issues: readonly Issue[];
  offers: readonly OfferInput[];
  settings: MesoSettingsFields;
  batna: Pick<Batna, 'ourValuePoints' | 'ourValueMoney' | 'theirValueMoney'>;
}

/** Our BATNA as a value to us in points, and why a line is missing when it is. */
export interface PointsReference {
  ourBatnaPoints: number | null;
  /** The data model values their BATNA in money only, so there is never a line for them. */
  notes: string[];
}

export function pointsReference(batna: MesoAnalysisInput['batna']): PointsReference {
  const notes: string[] = [];
  if (batna.ourValuePoints === null) {
    notes.push(
      batna.ourValueMoney === null
        ? 'No walk-away line: your BATNA has no value in points yet. Give it one on the BATNA step.'
        : 'No walk-away line: your BATNA is valued in money only. Give it a value in points on the BATNA step to compare it with these packages.',
    );
  }
  notes.push(
    batna.theirValueMoney === null
      ? 'No line for their BATNA: it has no estimated value yet, and the chart needs one in points.'
      : 'No line for their BATNA: it is estimated in money only, which cannot be placed on a points scale.',
  );
  return { ourBatnaPoints: batna.ourValuePoints, notes };
}

export interface Target {
  /** The target used: the user's, or the default. */
  target: number;
  defaultTarget: number;
  /** The two ends the default sits between. */
  reservation: number;
  aspiration: number;
  isDefault: boolean;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Default target: midway between what we walk away with (our BATNA in points, else the worst
 * package for us) and the best package for us. If our BATNA beats every package, aim for the best.
 */
export function mesoTarget(
  range: { minUs: number; maxUs: number },
  ourBatnaPoints: number | null,
  chosen: number | null,
): Target {
  const reservation = ourBatnaPoints ?? range.minUs;
  const aspiration = range.maxUs;
  const defaultTarget = reservation >= aspiration ? round1(aspiration) : round1((reservation + aspiration) / 2);
  return { target: chosen ?? defaultTarget, defaultTarget, reservation, aspiration, isDefault: chosen === null };
}

export interface BetterDeal extends Package {
  /** True when better for both sides; false when as good for one and better for the other. */
  strictlyBetter: boolean;
}

/**
 * The frontier package closest to `point` that beats it for both sides, or, when none does,
 * the closest one that is at least as good for one side and better for the other. Null when
 * the point is efficient (nothing on the frontier improves on it).
 */
export function nearestBetterForBoth(
  frontier: readonly Package[],
  point: { us: number; them: number },
): BetterDeal | null {
  let best: Package | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let bestStrict = false;
  for (const candidate of frontier) {
    const du = candidate.us - point.us;
    const dt = candidate.them - point.them;
    if (du < -EPS || dt < -EPS || (du <= EPS && dt <= EPS)) continue;
    const strict = du > EPS && dt > EPS;
    const distance = du * du + dt * dt;
    if ((strict && !bestStrict) || (strict === bestStrict && distance < bestDistance)) {
      best = candidate;
      bestDistance = distance;
      bestStrict = strict;
    }
  }
  return best ? { ...best, strictlyBetter: bestStrict } : null;
}

export interface OfferScore {
  id: string;
  kind: OfferKind;
  label: string;
  fromName: string;
  /** Issues (ids) the offer has no scored option for yet. */
  missing: string[];
  /** Null while the offer is incomplete. */
  us: number | null;
  them: number | null;
  /** us − target, for our offers. */
  fromTarget: number | null;
  withinTolerance: boolean;
  /** Worth less to us than our BATNA in points: no deal would be better than this offer. */
  belowBatna: boolean;
  betterDeal: BetterDeal | null;
}

export type MesoAnalysis =
  | { ready: false; reason: string; reference: PointsReference }
  | {
      ready: true;
      /** Issues left out because none of their options is scored for both sides (names). */
      skippedIssues: string[];
      range: { minUs: number; maxUs: number; minThem: number; maxThem: number };
      reference: PointsReference;
      target: Target;
      tolerance: number;
      /** Never suggest below this value to us. */
      floor: number | null;
      /** At most FRONTIER_SHOWN packages, spread along the frontier, best for us first. */
      frontier: Package[];
      frontierSize: number;
      maxJointGain: Package;
      offers: OfferScore[];
      /**
       * At least two complete offers of ours, worth the same to us within the tolerance:
       * their spread (highest − lowest value to us) is at most the tolerance.
       */
      equivalent: boolean;
      /** Highest − lowest value to us among our complete offers; null with fewer than two. */
      spread: number | null;
      /** Every complete offer of ours within the tolerance of the target. */
      onTarget: boolean;
      /** Our offers that a package beats for both sides. */
      dominated: OfferScore[];
      /** Our offers worth less to us than our BATNA. */
      belowBatna: OfferScore[];
    };

export const FRONTIER_SHOWN = 160;

/** Evenly spaced by index, both ends kept: enough to draw and pick from, cheap to send. */
export function thinFrontier<T>(frontier: readonly T[], limit = FRONTIER_SHOWN): T[] {
  if (frontier.length <= limit) return [...frontier];
  const out: T[] = [];
  for (let k = 0; k < limit; k++) out.push(frontier[Math.round((k * (frontier.length - 1)) / (limit - 1))] as T);
  return out;
}

function valueRange(issues: readonly MesoIssue[]) {
  let min = 0;
  let max = 0;
  let minT = 0;
  let maxT = 0;
  let totalUs = 0;
  let totalThem = 0;
  for (const issue of issues) {
    const us = issue.options.map((o) => o.us);
    const them = issue.options.map((o) => o.them);
    min += issue.weightUs * Math.min(...us);
    max += issue.weightUs * Math.max(...us);
    minT += issue.weightThem * Math.min(...them);
    maxT += issue.weightThem * Math.max(...them);
    totalUs += issue.weightUs;
    totalThem += issue.weightThem;
  }
  return { minUs: min / totalUs, maxUs: max / totalUs, minThem: minT / totalThem, maxThem: maxT / totalThem };
}

/** Why the engine cannot run yet, in the user's words; null when it can. */
export function notReadyReason(issues: readonly Issue[], mesoIssues: readonly MesoIssue[]): string | null {
  if (issues.length === 0) return 'Add the issues you will negotiate on the Issues & options step first.';
  if (mesoIssues.length === 0) {
    return 'Score the options of your issues for both sides on the Issues & options step: packages are valued from those scores.';
  }
  if (!mesoIssues.some((i) => i.weightUs > 0)) return 'Give at least one issue a weight for you on the Issues step.';
  if (!mesoIssues.some((i) => i.weightThem > 0)) {
    return 'Give at least one issue an estimated weight for them on the Issues step.';
  }
  return null;
}

function scoreOffer(
  mesoIssues: readonly MesoIssue[],
  offer: OfferInput,
  frontier: readonly Package[],
  target: number,
  tolerance: number,
  ourBatnaPoints: number | null,
): OfferScore {
  const missing: string[] = [];
  const choice: Record<string, string> = {};
  for (const issue of mesoIssues) {
    const optionId = Object.hasOwn(offer.choices, issue.id) ? offer.choices[issue.id] : undefined;
    if (optionId !== undefined && issue.options.some((o) => o.id === optionId)) choice[issue.id] = optionId;
    else missing.push(issue.id);
  }
  const base = { id: offer.id, kind: offer.kind, label: offer.label, fromName: offer.fromName, missing };
  if (missing.length > 0) {
    return {
      ...base,
      us: null,
      them: null,
      fromTarget: null,
      withinTolerance: false,
      belowBatna: false,
      betterDeal: null,
    };
  }
  const { us, them } = packageValue(mesoIssues as MesoIssue[], choice);
  return {
    ...base,
    us,
    them,
    fromTarget: us - target,
    withinTolerance: Math.abs(us - target) <= tolerance + EPS,
    belowBatna: ourBatnaPoints !== null && us < ourBatnaPoints - EPS,
    betterDeal: nearestBetterForBoth(frontier, { us, them }),
  };
}

export function analyseMeso(input: MesoAnalysisInput): MesoAnalysis {
  return analyseOnce(input).analysis;
}

/** The analysis, and the frontier it computed (null when not ready) for the caller to reuse. */
type Analysed =
  | { analysis: Extract<MesoAnalysis, { ready: false }>; computed: null }
  | { analysis: Extract<MesoAnalysis, { ready: true }>; computed: Frontier };

function analyseOnce(input: MesoAnalysisInput): Analysed {
  const reference = pointsReference(input.batna);
  const mesoIssues = toMesoIssues(input.issues);
  const reason = notReadyReason(input.issues, mesoIssues);
  if (reason) return { analysis: { ready: false, reason, reference }, computed: null };
  const usedIds = new Set(mesoIssues.map((i) => i.id));
  const skippedIssues = input.issues.filter((i) => !usedIds.has(i.id)).map((i) => i.name || 'Untitled issue');
  try {
    const computed = frontierOf(mesoIssues);
    const frontier = computed.packages;
    const range = valueRange(mesoIssues);
    const target = mesoTarget(range, reference.ourBatnaPoints, input.settings.targetPoints);
    const tolerance = input.settings.tolerance;
    const offers = input.offers.map((offer) =>
      scoreOffer(mesoIssues, offer, frontier, target.target, tolerance, reference.ourBatnaPoints),
    );
    const ours = offers.filter((o) => o.kind === 'ours');
    const values = ours.flatMap((o) => (o.us === null ? [] : [o.us]));
    const spread = values.length >= 2 ? Math.max(...values) - Math.min(...values) : null;
    const analysis: Extract<MesoAnalysis, { ready: true }> = {
      ready: true,
      skippedIssues,
      range,
      reference,
      target,
      tolerance,
      floor: input.settings.floorPoints ?? reference.ourBatnaPoints,
      frontier: thinFrontier(frontier),
      frontierSize: frontier.length,
      maxJointGain: maxJointGain(mesoIssues),
      offers,
      equivalent: spread !== null && values.length === ours.length && spread <= tolerance + EPS,
      spread,
      onTarget: values.length > 0 && ours.every((o) => o.withinTolerance),
      dominated: ours.filter((o) => o.betterDeal?.strictlyBetter),
      belowBatna: ours.filter((o) => o.belowBatna),
    };
    return { analysis, computed };
  } catch (error) {
    if (error instanceof PackageEngineError) {
      return { analysis: { ready: false, reason: error.message, reference }, computed: null };
    }
    throw error;
  }
}

/**
 * The cheap part of the analysis (no frontier), for the step's progress: how many offers of
 * ours are complete and how many sit within the tolerance of the target.
 */
export function mesoOfferCounts(input: MesoAnalysisInput): {
  ours: number;
  complete: number;
  withinTolerance: number;
  received: number;
} {
  const ours = input.offers.filter((o) => o.kind === 'ours');
  const received = input.offers.length - ours.length;
  const mesoIssues = toMesoIssues(input.issues);
  if (notReadyReason(input.issues, mesoIssues)) return { ours: ours.length, complete: 0, withinTolerance: 0, received };
  const target = mesoTarget(valueRange(mesoIssues), input.batna.ourValuePoints, input.settings.targetPoints);
  const scores = ours.map((o) =>
    scoreOffer(mesoIssues, o, [], target.target, input.settings.tolerance, input.batna.ourValuePoints),
  );
  return {
    ours: ours.length,
    complete: scores.filter((s) => s.missing.length === 0).length,
    withinTolerance: scores.filter((s) => s.withinTolerance).length,
    received,
  };
}

export interface Suggestion {
  packages: Package[];
  target: number;
  tolerance: number;
  /** Set when fewer packages than asked for fit the band, saying what to change. */
  shortfall: string | null;
}

/** "Suggest offers": up to `suggestCount` packages around the target, within the tolerance, above the floor. */
export function suggestOffers(input: MesoAnalysisInput): Suggestion {
  // One frontier for the whole click: the analysis, the suggestions' efficiency test, the shortfall.
  const analysed = analyseOnce({ ...input, offers: [] });
  if (!analysed.computed) throw new PackageEngineError(analysed.analysis.reason);
  const { analysis, computed } = analysed;
  const { target, tolerance, floor } = analysis;
  const count = input.settings.suggestCount;
  // Offers are equivalent when within the tolerance of each other, so the suggestions come
  // from half the tolerance either side of the target: any two of them then qualify.
  const halfBand = tolerance / 2;
  const packages = suggestMesos(
    toMesoIssues(input.issues),
    { target: target.target, tolerance: halfBand, count, ...(floor === null ? {} : { floor }) },
    computed,
  );
  const band = `${round1(target.target)} ± ${round1(halfBand)} points`;
  const floorText = floor === null ? '' : ` and at least ${round1(floor)}`;
  let shortfall: string | null = null;
  if (packages.length === 0) {
    shortfall = `No package is worth ${band}${floorText} to you. Widen the tolerance or move the target.`;
  } else if (packages.length < count) {
    shortfall = `Only ${packages.length} sufficiently different package(s) are worth ${band}${floorText} to you. Widen the tolerance for more.`;
  } else {
    // Suggestions prefer packages nothing beats for both sides; say so when the band holds too few.
    const beaten = packages.filter((p) => nearestBetterForBoth(computed.packages, p)?.strictlyBetter).length;
    if (beaten > 0)
      shortfall = `${beaten} of them can be beaten for both sides by a package worth more to you than ${band} (shown under each offer): raise the target or widen the tolerance to offer that instead.`;
  }
  return { packages, target: target.target, tolerance, shortfall };
}
