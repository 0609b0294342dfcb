/**
 * MESO suggestions: several packages worth about the same to us, as different as possible
 * for them.
 *
 * Approach (what is computable):
 *  1. Candidates are the in-band packages that no other in-band package beats for both
 *     sides. "In band" is |us − target| ≤ tolerance and us ≥ floor, tested on exactly the
 *     value `packageValue` reports, so a suggestion can never fall outside the band.
 *  2. Small spaces (≤ ENUMERATION_LIMIT packages) are enumerated outright; the candidate set
 *     is then complete, including every package tied on (us, them).
 *  3. Larger spaces use issue-by-issue merging restricted to the band (`bandLevels`), whose
 *     pruning keeps, for every in-band package, a surviving in-band package at least as good
 *     for both sides. Checking dominance among the survivors is therefore the same as checking
 *     it against the whole space. It keeps up to MERGE_TIES packages per tied (us, them) pair.
 *     With integer weights and scores this is exact and fast (the number of distinct us sums
 *     is small). Arbitrary float data can make the row count explode; past MERGE_ROW_LIMIT
 *     rows a level is thinned and the no-dominance guarantee becomes approximate (the band
 *     guarantee still holds).
 *  4. Candidates that some package of the whole space beats for both sides (one worth more
 *     to us, outside the band) are offered only when too few efficient ones exist: the grid
 *     flags such an offer as dominated, and a suggestion should not be flagged the moment it
 *     is made.
 *  5. Selection is greedy farthest-point: start from the candidate best for them, then keep
 *     adding the candidate whose per-issue "them" contribution vector is farthest (Euclidean)
 *     from the nearest one already chosen, among candidates differing in ≥ 2 issues from all
 *     chosen — efficient candidates before the others. Every tie is broken by a fixed order
 *     (them desc, us desc, option indices asc), so the same input always gives the same output.
 * Cost of selection: O(count × candidates × issues).
 */
import { bandLevels, frontierLevels, type Level, picksOf } from './merge';
import { compile, EPS, type Model, type Package, PackageEngineError, type ScoredIssue, toChoice } from './model';

export interface MesoOptions {
  target: number;
  tolerance: number;
  count: number;
  floor?: number;
}

export type MesoStrategy = 'auto' | 'enumerate' | 'merge';

export const ENUMERATION_LIMIT = 200_000;
export const MERGE_TIES = 8;
export const MERGE_ROW_LIMIT = 20_000;

interface Candidate {
  picks: Int32Array;
  us: number;
  them: number;
  /** False when a package of the whole space is better for both sides (see `markEfficient`). */
  efficient?: boolean;
}

interface Band {
  target: number;
  tolerance: number;
  floor: number | undefined;
}

const inBand = (us: number, band: Band): boolean =>
  Math.abs(us - band.target) <= band.tolerance && (band.floor === undefined || us >= band.floor);

function checkOptions(opts: MesoOptions): Band {
  if (opts === null || typeof opts !== 'object') throw new PackageEngineError('MESO options are missing');
  const { target, tolerance, count, floor } = opts;
  if (typeof target !== 'number' || !Number.isFinite(target)) {
    throw new PackageEngineError(`MESO target must be a finite number (got ${String(target)})`);
  }
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new PackageEngineError(`MESO tolerance must be a finite number of 0 or more (got ${String(tolerance)})`);
  }
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
    throw new PackageEngineError(`MESO count must be a whole number of 0 or more (got ${String(count)})`);
  }
  if (floor !== undefined && (typeof floor !== 'number' || !Number.isFinite(floor))) {
    throw new PackageEngineError(`MESO floor must be a finite number (got ${String(floor)})`);
  }
  return { target, tolerance, floor };
}

function packageCount(model: Model): number {
  let total = 1;
  for (const c of model.cu) total *= c.length;
  return total;
}

/** Every in-band package, in odometer order (last issue fastest). */
function enumerateBand(model: Model, band: Band): Candidate[] {
  const { n, cu, ct } = model;
  const picks = new Int32Array(n);
  // Prefix sums are rebuilt from the changed issue on: same order of additions as valueOfPicks.
  const pu = new Float64Array(n + 1);
  const pt = new Float64Array(n + 1);
  const refill = (from: number): void => {
    for (let k = from; k < n; k++) {
      const j = picks[k] as number;
      pu[k + 1] = (pu[k] as number) + ((cu[k] as Float64Array)[j] as number);
      pt[k + 1] = (pt[k] as number) + ((ct[k] as Float64Array)[j] as number);
    }
  };
  refill(0);
  const out: Candidate[] = [];
  for (;;) {
    const us = (pu[n] as number) / model.totalUs;
    if (inBand(us, band)) out.push({ picks: picks.slice(), us, them: (pt[n] as number) / model.totalThem });
    let k = n - 1;
    while (k >= 0 && (picks[k] as number) + 1 === (cu[k] as Float64Array).length) {
      picks[k] = 0;
      k--;
    }
    if (k < 0) return out;
    picks[k] = (picks[k] as number) + 1;
    refill(k);
  }
}

function mergeBand(model: Model, band: Band): Candidate[] {
  const lo = Math.max(band.target - band.tolerance, band.floor ?? Number.NEGATIVE_INFINITY);
  const hi = band.target + band.tolerance;
  if (lo > hi) return [];
  const { levels } = bandLevels(model, {
    loRaw: lo * model.totalUs,
    hiRaw: hi * model.totalUs,
    ties: MERGE_TIES,
    rowLimit: MERGE_ROW_LIMIT,
  });
  const last = levels[model.n];
  if (last === undefined) return [];
  const rows: Array<{ row: number; us: number; them: number }> = [];
  for (let row = 0; row < last.size; row++) {
    const us = (last.u[row] as number) / model.totalUs;
    if (inBand(us, band)) rows.push({ row, us, them: (last.t[row] as number) / model.totalThem });
  }
  // Choices are rebuilt only for the few rows that can be offered.
  return undominated(rows).map(({ row, us, them }) => ({ picks: picksOf(levels, row), us, them }));
}

/**
 * Drops every candidate that another candidate beats for both sides, with values within EPS
 * counting as equal: Q beats P when Q ≥ P − EPS on both sides and Q > P + EPS on at least one.
 * Sorted by us with suffix maxima of them, so each test is a binary search.
 */
export function undominated<C extends { us: number; them: number }>(cands: readonly C[]): C[] {
  const byUs = [...cands].sort((a, b) => a.us - b.us);
  const m = byUs.length;
  const suffixMax = new Float64Array(m + 1);
  suffixMax[m] = Number.NEGATIVE_INFINITY;
  for (let k = m - 1; k >= 0; k--) {
    suffixMax[k] = Math.max(suffixMax[k + 1] as number, (byUs[k] as C).them);
  }
  // First index whose us satisfies pred (pred is monotone false…true along byUs).
  const firstWhere = (pred: (us: number) => boolean): number => {
    let a = 0;
    let b = m;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (pred((byUs[mid] as C).us)) b = mid;
      else a = mid + 1;
    }
    return a;
  };
  return cands.filter((p) => {
    const higherUs = firstWhere((us) => us > p.us + EPS);
    if ((suffixMax[higherUs] as number) >= p.them - EPS) return false;
    const notLowerUs = firstWhere((us) => us >= p.us - EPS);
    return !((suffixMax[notLowerUs] as number) > p.them + EPS);
  });
}

/** Every row of the exact frontier (before values within EPS are merged), on 0..100 both sides. */
export function frontierPoints(model: Model, levels: readonly Level[] = frontierLevels(model)): FrontierPoint[] {
  const last = levels[model.n];
  const points: FrontierPoint[] = [];
  for (let row = 0; row < (last?.size ?? 0); row++) {
    points.push({
      us: (last?.u[row] as number) / model.totalUs,
      them: (last?.t[row] as number) / model.totalThem,
    });
  }
  return points;
}

export interface FrontierPoint {
  us: number;
  them: number;
}

/**
 * Marks each candidate beaten for both sides by a package of the whole space — the same test
 * the grid's "Dominated" flag makes against the frontier (core/mesoAnalysis.ts).
 */
function markEfficient(frontier: readonly FrontierPoint[], candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => ({
    ...c,
    efficient: !frontier.some((f) => f.us > c.us + EPS && f.them > c.them + EPS),
  }));
}

function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.efficient !== b.efficient) return a.efficient ? -1 : 1;
  if (a.them !== b.them) return b.them - a.them;
  if (a.us !== b.us) return b.us - a.us;
  for (let i = 0; i < a.picks.length; i++) {
    const d = (a.picks[i] as number) - (b.picks[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

function selectDiverse(model: Model, pool: Candidate[], count: number): Candidate[] {
  const ordered = [...pool].sort(compareCandidates);
  const m = ordered.length;
  const n = model.n;
  const first = ordered[0];
  if (count === 0 || first === undefined) return [];
  // What each candidate gives them, issue by issue, on the 0..100 scale of the total.
  const vec = new Float64Array(m * n);
  ordered.forEach((c, k) => {
    for (let i = 0; i < n; i++) {
      vec[k * n + i] = ((model.ct[i] as Float64Array)[c.picks[i] as number] as number) / model.totalThem;
    }
  });
  const minDist = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  const eligible = new Uint8Array(m).fill(1);
  const chosen: Candidate[] = [];
  // An efficient candidate always goes before one the whole space beats; then the farthest.
  const fartherAndAsEfficient = (k: number, best: number): boolean => {
    const ek = (ordered[k] as Candidate).efficient !== false;
    const eb = (ordered[best] as Candidate).efficient !== false;
    return ek !== eb ? ek : (minDist[k] as number) > (minDist[best] as number);
  };
  let pick = 0;
  while (pick >= 0) {
    const p = ordered[pick] as Candidate;
    chosen.push(p);
    if (chosen.length >= count) break;
    eligible[pick] = 0;
    let best = -1;
    for (let k = 0; k < m; k++) {
      if (eligible[k] === 0) continue;
      const c = ordered[k] as Candidate;
      let differing = 0;
      let d = 0;
      for (let i = 0; i < n; i++) {
        if (c.picks[i] !== p.picks[i]) differing++;
        const x = (vec[k * n + i] as number) - (vec[pick * n + i] as number);
        d += x * x;
      }
      if (differing < 2) {
        eligible[k] = 0;
        continue;
      }
      if (d < (minDist[k] as number)) minDist[k] = d;
      if (best < 0 || fartherAndAsEfficient(k, best)) best = k;
    }
    pick = best;
  }
  return chosen;
}

/**
 * `frontier`: the frontier points of these same issues when the caller has them already
 * (core/meso.ts frontierOf), so one click computes the frontier once; computed here otherwise.
 */
export function suggestMesosWith(
  issues: readonly ScoredIssue[],
  opts: MesoOptions,
  strategy: MesoStrategy = 'auto',
  frontier?: readonly FrontierPoint[],
): Package[] {
  const model = compile(issues);
  const band = checkOptions(opts);
  if (opts.count === 0) return [];
  const enumerate = strategy === 'enumerate' || (strategy === 'auto' && packageCount(model) <= ENUMERATION_LIMIT);
  const candidates = markEfficient(
    frontier ?? frontierPoints(model),
    enumerate ? undominated(enumerateBand(model, band)) : mergeBand(model, band),
  );
  return selectDiverse(model, candidates, opts.count).map((c) => ({
    choice: toChoice(model, c.picks),
    us: c.us,
    them: c.them,
  }));
}
