/**
 * Package engine: values, the Pareto frontier, the joint-gain maximum and MESO suggestions
 * for a set of scored issues. Pure: no I/O and nothing imported from the rest of Parley.
 *
 * Value to a side = Σ weight_i × score_i / Σ weight_i, each side with its own weights and
 * scores (0..100 points). Values within EPS (1e-9) are treated as equal.
 */
import { frontierLevels, type Level, picksOf } from './meso/merge';
import {
  compile,
  EPS,
  type Package,
  type ScoredIssue,
  type ScoredOption,
  toChoice,
  toPicks,
  valueOfPicks,
} from './meso/model';
import { type FrontierPoint, frontierPoints, type MesoOptions, suggestMesosWith } from './meso/suggest';

export { PackageEngineError } from './meso/model';
export type { MesoOptions, Package, ScoredIssue, ScoredOption };

export function packageValue(issues: ScoredIssue[], choice: Record<string, string>): { us: number; them: number } {
  const model = compile(issues);
  return valueOfPicks(model, toPicks(model, choice));
}

/**
 * Every non-dominated (us, them) pair with one package each, us descending.
 * The merge (see meso/merge.ts) is exact on the raw sums; only here, on the final rows, are
 * values within EPS merged, so the tolerance never compounds across issues.
 */
export function paretoFrontier(issues: ScoredIssue[]): Package[] {
  const model = compile(issues);
  return frontierPackages(model, frontierLevels(model));
}

/**
 * The frontier of one set of issues, computed once for everything a click needs: its packages
 * (as paretoFrontier) and its exact points, which suggestMesos tests efficiency against.
 */
export interface Frontier {
  packages: Package[];
  points: readonly FrontierPoint[];
}

export function frontierOf(issues: ScoredIssue[]): Frontier {
  const model = compile(issues);
  const levels = frontierLevels(model);
  return { packages: frontierPackages(model, levels), points: frontierPoints(model, levels) };
}

function frontierPackages(model: ReturnType<typeof compile>, levels: Level[]): Package[] {
  const last = levels[model.n] as Level;
  // Rows arrive us strictly descending, them strictly ascending.
  const rows: number[] = [];
  const us: number[] = [];
  const them: number[] = [];
  for (let r = 0; r < last.size; r++) {
    const u = (last.u[r] as number) / model.totalUs;
    const t = (last.t[r] as number) / model.totalThem;
    const top = rows.length - 1;
    // Not clearly better for them than the last kept row, which has at least this us: equal or dominated.
    if (top >= 0 && t <= (them[top] as number) + EPS) continue;
    // Clearly better for them and about equal for us: it dominates those rows.
    while (rows.length > 0 && (us[rows.length - 1] as number) <= u + EPS) {
      rows.pop();
      us.pop();
      them.pop();
    }
    rows.push(r);
    us.push(u);
    them.push(t);
  }
  return rows.map((r, k) => ({
    choice: toChoice(model, picksOf(levels, r)),
    us: us[k] as number,
    them: them[k] as number,
  }));
}

/**
 * The package with the largest us + them. Each issue contributes independently to the sum,
 * so maximising issue by issue is exact; ties go to the earliest option.
 */
export function maxJointGain(issues: ScoredIssue[]): Package {
  const model = compile(issues);
  const picks = new Int32Array(model.n);
  for (let i = 0; i < model.n; i++) {
    const cu = model.cu[i] as Float64Array;
    const ct = model.ct[i] as Float64Array;
    let best = 0;
    let bestGain = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < cu.length; j++) {
      const gain = (cu[j] as number) / model.totalUs + (ct[j] as number) / model.totalThem;
      if (gain > bestGain) {
        best = j;
        bestGain = gain;
      }
    }
    picks[i] = best;
  }
  return { choice: toChoice(model, picks), ...valueOfPicks(model, picks) };
}

/**
 * Up to `count` packages with |us − target| ≤ tolerance (and us ≥ floor), none beaten for
 * both sides by any package in that band, pairwise different in at least two issues, and
 * spread out in what they give the other side. Approach and limits: see meso/suggest.ts.
 */
export function suggestMesos(
  issues: ScoredIssue[],
  opts: { target: number; tolerance: number; count: number; floor?: number },
  /** frontierOf(issues) when the caller has it already: the frontier is not computed again. */
  frontier?: Frontier,
): Package[] {
  return suggestMesosWith(issues, opts, 'auto', frontier?.points);
}
