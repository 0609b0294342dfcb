/**
 * How robust our picks are to our guesses about the other side. Their weights and scores
 * are estimates; each Monte Carlo draw takes every weight uniformly from its range and
 * moves every option score for them by up to ± the score spread, then asks of each
 * candidate package (our MESO offers, the suggested packages):
 *   - best:     is it the one they would prefer among the candidates?
 *   - frontier: is it not beaten for both sides by any package of the nominal frontier or
 *               by another candidate? Our values do not move (our weights are ours), so
 *               the packages that could beat a candidate are those worth at least as much
 *               to us — found once, before the draws. This checks against the nominal
 *               frontier's packages, not against all packages of every draw: a package
 *               that reaches the frontier only under some draw is not seen, so the share
 *               is an upper bound of "stays on the frontier".
 */
import { EPS, type ScoredIssue } from '../meso/model';
import { mulberry32 } from './prng';

export interface WeightRange {
  issueId: string;
  low: number;
  high: number;
}

export interface Candidate {
  id: string;
  label: string;
  choice: Record<string, string>;
}

export interface RobustnessInput {
  issues: readonly ScoredIssue[];
  candidates: readonly Candidate[];
  /** Packages of the nominal frontier (the engine's paretoFrontier). */
  frontier: readonly { choice: Record<string, string> }[];
  /** Their weight range per issue; an issue without one keeps its estimate. */
  ranges: readonly WeightRange[];
  /** Their option scores move by up to ± this many points (clamped to 0–100). */
  scoreSpread: number;
  draws: number;
  seed: number;
}

export interface CandidateRobustness {
  id: string;
  label: string;
  /** Share of draws (0–1) in which it is their favourite among the candidates. */
  best: number;
  /** Share of draws (0–1) in which nothing known beats it for both sides. */
  frontier: number;
}

export interface RobustnessResult {
  draws: number;
  candidates: CandidateRobustness[];
}

/** Option index per issue for a package (throws on an unknown option: a stale package). */
function picksOf(issues: readonly ScoredIssue[], choice: Record<string, string>): Int32Array {
  const picks = new Int32Array(issues.length);
  issues.forEach((issue, i) => {
    const j = issue.options.findIndex((o) => o.id === choice[issue.id]);
    if (j < 0) throw new Error(`Package has no option of issue ${issue.id}`);
    picks[i] = j;
  });
  return picks;
}

export function packageRobustness(input: RobustnessInput): RobustnessResult {
  const { issues, candidates, scoreSpread, draws } = input;
  const n = issues.length;
  const rand = mulberry32(input.seed);
  const totalUs = issues.reduce((a, i) => a + i.weightUs, 0) || 1;
  const candidatePicks = candidates.map((c) => picksOf(issues, c.choice));
  const frontierPicks = input.frontier.map((p) => picksOf(issues, p.choice));
  const all = [...candidatePicks, ...frontierPicks];
  const usOf = all.map((picks) => {
    let u = 0;
    for (let i = 0; i < n; i++)
      u += (issues[i] as ScoredIssue).weightUs * ((issues[i] as ScoredIssue).options[picks[i] as number]?.us ?? 0);
    return u / totalUs;
  });
  // For each candidate, the packages worth at least as much to us: only they can beat it.
  const rivals = candidates.map((_, c) =>
    all.map((_, k) => k).filter((k) => k !== c && (usOf[k] as number) >= (usOf[c] as number) - EPS),
  );
  const range = issues.map((issue) => {
    const r = input.ranges.find((x) => x.issueId === issue.id);
    return r ? [Math.min(r.low, r.high), Math.max(r.low, r.high)] : [issue.weightThem, issue.weightThem];
  });
  const contrib = issues.map((issue) => new Float64Array(issue.options.length));
  const them = new Float64Array(all.length);
  const bestCount = new Float64Array(candidates.length);
  const frontierCount = new Float64Array(candidates.length);

  for (let d = 0; d < draws; d++) {
    let totalThem = 0;
    for (let i = 0; i < n; i++) {
      const [lo, hi] = range[i] as number[];
      const w = (lo as number) + rand() * ((hi as number) - (lo as number));
      totalThem += w;
      const options = (issues[i] as ScoredIssue).options;
      const row = contrib[i] as Float64Array;
      for (let j = 0; j < options.length; j++) {
        const s = (options[j]?.them ?? 0) + (rand() * 2 - 1) * scoreSpread;
        row[j] = w * Math.min(100, Math.max(0, s));
      }
    }
    const scale = totalThem > 0 ? 1 / totalThem : 0;
    for (let k = 0; k < all.length; k++) {
      const picks = all[k] as Int32Array;
      let t = 0;
      for (let i = 0; i < n; i++) t += (contrib[i] as Float64Array)[picks[i] as number] as number;
      them[k] = t * scale;
    }
    let top = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < candidates.length; c++) top = Math.max(top, them[c] as number);
    const winners: number[] = [];
    for (let c = 0; c < candidates.length; c++) if ((them[c] as number) >= top - EPS) winners.push(c);
    for (const c of winners) bestCount[c] = (bestCount[c] as number) + 1 / winners.length;
    for (let c = 0; c < candidates.length; c++) {
      const u = usOf[c] as number;
      const t = them[c] as number;
      let beaten = false;
      for (const k of rivals[c] as number[]) {
        const tk = them[k] as number;
        const uk = usOf[k] as number;
        if (tk >= t - EPS && (tk > t + EPS || uk > u + EPS)) {
          beaten = true;
          break;
        }
      }
      if (!beaten) frontierCount[c] = (frontierCount[c] as number) + 1;
    }
  }
  return {
    draws,
    candidates: candidates.map((c, k) => ({
      id: c.id,
      label: c.label,
      best: draws > 0 ? (bestCount[k] as number) / draws : 0,
      frontier: draws > 0 ? (frontierCount[k] as number) / draws : 0,
    })),
  };
}
