/**
 * Issue-by-issue merging of partial packages.
 *
 * A partial package covers issues 0..k and is stored as one row of parallel typed arrays:
 * raw us sum, raw them sum, index of its parent row in the previous level and the option
 * taken at issue k. Choices are only rebuilt (by walking parents) for the rows that survive
 * to the end, so memory stays proportional to the number of surviving rows, never to the
 * number of packages, and no choice map is copied while merging.
 *
 * Every level is kept sorted by raw us descending (ties: raw them descending). Adding one
 * option to every row keeps that order (up to rounding ties, see mergeLevel), so the next
 * level is a k-way merge of `options` already-sorted lists; no full comparison sort is
 * needed, and pruning is a single sweep over the merged stream.
 */
import type { Model } from './model';

export interface Level {
  /** Raw sums (weight × score, not divided by the weight totals). */
  u: Float64Array;
  t: Float64Array;
  parent: Int32Array;
  option: Int32Array;
  size: number;
}

/** Return true to keep the candidate row (raw us, raw them) as the next row of the level. */
type Accept = (u: number, t: number) => boolean;

const root = (): Level => ({
  u: new Float64Array([0]),
  t: new Float64Array([0]),
  parent: new Int32Array([-1]),
  option: new Int32Array([-1]),
  size: 1,
});

/**
 * Merges `prev` with the options (raw contributions `cu`, `ct`) of the next issue, emitting
 * candidates to `accept` in (us desc, them desc, option asc, parent asc) order.
 * Order matters: the sweeps in `accept` rely on the first candidate of an us value having
 * the highest them, and determinism relies on the fixed tie order.
 * Adding the same number to two different sums can round them to the same sum (a > b but
 * a + c === b + c), so a list that was sorted by (us desc, them desc) comes out with equal-us
 * runs in the wrong them order. Equal-us candidates are therefore buffered and sorted before
 * being offered; us itself stays non-increasing because rounding is monotone.
 */
function mergeLevel(prev: Level, cu: Float64Array, ct: Float64Array, accept: Accept): Level {
  const m = cu.length;
  const cap = prev.size * m;
  const u = new Float64Array(cap);
  const t = new Float64Array(cap);
  const parent = new Int32Array(cap);
  const option = new Int32Array(cap);
  const ptr = new Int32Array(m);
  const headU = new Float64Array(m);
  const headT = new Float64Array(m);
  const pu = prev.u;
  const pt = prev.t;
  const n = prev.size;
  for (let j = 0; j < m; j++) {
    headU[j] = (pu[0] as number) + (cu[j] as number);
    headT[j] = (pt[0] as number) + (ct[j] as number);
  }
  let size = 0;
  // The current run of candidates sharing one us value.
  let groupU = Number.NaN;
  const groupT: number[] = [];
  const groupOption: number[] = [];
  const groupParent: number[] = [];
  const groupOrder: number[] = [];
  const offer = (k: number): void => {
    const gt = groupT[k] as number;
    if (accept(groupU, gt)) {
      u[size] = groupU;
      t[size] = gt;
      parent[size] = groupParent[k] as number;
      option[size] = groupOption[k] as number;
      size++;
    }
  };
  const flush = (): void => {
    const g = groupT.length;
    if (g === 1) {
      offer(0);
    } else if (g > 1) {
      groupOrder.length = 0;
      for (let k = 0; k < g; k++) {
        // Insertion sort: runs are short (at most options × ties).
        let at = groupOrder.length;
        while (at > 0) {
          const o = groupOrder[at - 1] as number;
          const dt = (groupT[o] as number) - (groupT[k] as number);
          const before =
            dt > 0 ||
            (dt === 0 &&
              ((groupOption[o] as number) < (groupOption[k] as number) ||
                (groupOption[o] === groupOption[k] && (groupParent[o] as number) < (groupParent[k] as number))));
          if (before) break;
          at--;
        }
        groupOrder.splice(at, 0, k);
      }
      for (const k of groupOrder) offer(k);
    }
    groupT.length = 0;
    groupOption.length = 0;
    groupParent.length = 0;
  };
  let live = m;
  while (live > 0) {
    let best = -1;
    let bu = 0;
    for (let j = 0; j < m; j++) {
      if ((ptr[j] as number) >= n) continue;
      const hu = headU[j] as number;
      if (best < 0 || hu > bu) {
        best = j;
        bu = hu;
      }
    }
    const p = ptr[best] as number;
    if (bu !== groupU) {
      flush();
      groupU = bu;
    }
    groupT.push(headT[best] as number);
    groupOption.push(best);
    groupParent.push(p);
    const next = p + 1;
    ptr[best] = next;
    if (next < n) {
      headU[best] = (pu[next] as number) + (cu[best] as number);
      headT[best] = (pt[next] as number) + (ct[best] as number);
    } else {
      live--;
    }
  }
  flush();
  // Trim so that the levels kept for back-pointers hold only surviving rows.
  return {
    u: u.slice(0, size),
    t: t.slice(0, size),
    parent: parent.slice(0, size),
    option: option.slice(0, size),
    size,
  };
}

/** Rebuilds the option index per issue of row `row` of the last level. */
export function picksOf(levels: readonly Level[], row: number): Int32Array {
  const n = levels.length - 1; // levels[0] is the empty root
  const picks = new Int32Array(n);
  let r = row;
  for (let k = n; k >= 1; k--) {
    const level = levels[k] as Level;
    picks[k - 1] = level.option[r] as number;
    r = level.parent[r] as number;
  }
  return picks;
}

/**
 * Exact Pareto frontier of raw (us, them) sums, one row per distinct pair.
 *
 * Pruning partial packages by exact dominance is lossless: if partial B ≥ partial A on both
 * sides, then B + c ≥ A + c for every completion c (floating-point rounding is monotone), so
 * A can only ever produce dominated or duplicate pairs. Tolerance-based merging of near-equal
 * values is left to the caller, on the final rows only, so errors cannot accumulate.
 */
export function frontierLevels(model: Model): Level[] {
  const levels: Level[] = [root()];
  for (let i = 0; i < model.n; i++) {
    let maxT = Number.NEGATIVE_INFINITY;
    // Stream is us-descending: a row survives only if it beats every earlier row for them.
    const accept: Accept = (_u, t) => {
      if (t > maxT) {
        maxT = t;
        return true;
      }
      return false;
    };
    levels.push(mergeLevel(levels[i] as Level, model.cu[i] as Float64Array, model.ct[i] as Float64Array, accept));
  }
  return levels;
}

export interface BandMergeOptions {
  /** Band in raw us units (already multiplied by the us weight total). */
  loRaw: number;
  hiRaw: number;
  /** Rows with exactly the same (us, them) kept per level, so MESOs can pick among equal-value packages. */
  ties: number;
  /** Above this many rows in a level, the level is thinned and the result is no longer exact. */
  rowLimit: number;
}

export interface BandMergeResult {
  levels: Level[];
  /** False when a level had to be thinned (see `rowLimit`). */
  exact: boolean;
}

/**
 * Partial packages that can still finish inside the us band, pruned so that every in-band
 * package keeps a surviving in-band representative that is at least as good for both sides.
 *
 * Unlike the plain frontier, "B beats A on both sides" is not enough to drop A here: B's
 * completions may overshoot the top of the band while A's do not. Two prunings are safe:
 *  - same raw us, lower them: every completion has identical us, so identical band status;
 *  - B beats A and B is "safe" (B + the largest possible rest still fits under the top), so
 *    every completion of B stays in the band whenever A's does.
 * Plus plain reachability: rows that cannot end up in the band at all are dropped.
 * With integer weights and scores the number of distinct raw us sums is small, so the
 * same-us rule alone bounds every level; with arbitrary floats the row count can grow
 * exponentially, which is what `rowLimit` guards against.
 */
export function bandLevels(model: Model, opts: BandMergeOptions): BandMergeResult {
  const { n, cu } = model;
  // Slack absorbs rounding differences between "partial + precomputed rest" and the real
  // sequential sum; it only makes pruning more conservative. The final band test is exact.
  const slack = 1e-9 * (100 * model.totalUs + 1);
  const minRest = new Float64Array(n + 1);
  const maxRest = new Float64Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    const c = cu[i] as Float64Array;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const x of c) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    minRest[i] = (minRest[i + 1] as number) + lo;
    maxRest[i] = (maxRest[i + 1] as number) + hi;
  }
  const levels: Level[] = [root()];
  let exact = true;
  for (let i = 0; i < n; i++) {
    const restMin = minRest[i + 1] as number;
    const restMax = maxRest[i + 1] as number;
    const ceiling = opts.hiRaw - slack - restMax; // rows at or below this us are safe
    let maxSafeT = Number.NEGATIVE_INFINITY;
    let groupU = Number.NaN;
    let groupT = 0;
    let groupLeft = 0;
    const accept: Accept = (u, t) => {
      if (u + restMin > opts.hiRaw + slack || u + restMax < opts.loRaw - slack) return false;
      if (u === groupU) {
        // First row of an us value has its highest them; later rows only survive as exact ties.
        if (t === groupT && groupLeft > 0) {
          groupLeft--;
          return true;
        }
        return false;
      }
      groupU = u;
      groupT = t;
      // Every earlier row has a higher us; a safe one with at least this them dominates.
      if (t <= maxSafeT) {
        groupLeft = 0;
        return false;
      }
      groupLeft = opts.ties - 1;
      if (u <= ceiling && t > maxSafeT) maxSafeT = t;
      return true;
    };
    let level = mergeLevel(levels[i] as Level, cu[i] as Float64Array, model.ct[i] as Float64Array, accept);
    if (level.size > opts.rowLimit) {
      level = thin(level, opts.rowLimit);
      exact = false;
    }
    levels.push(level);
  }
  return { levels, exact };
}

/**
 * Keeps the best-for-them row of each of ~limit/2 equal-width us buckets. Only used past
 * `rowLimit`, trading exactness for bounded time and memory; rows stay in sorted order.
 */
function thin(level: Level, limit: number): Level {
  const top = level.u[0] as number;
  const bottom = level.u[level.size - 1] as number;
  const buckets = Math.max(1, Math.floor(limit / 2));
  const width = (top - bottom) / buckets || 1;
  const keep: number[] = [];
  let bucket = -1;
  for (let r = 0; r < level.size; r++) {
    const b = Math.min(buckets - 1, Math.floor((top - (level.u[r] as number)) / width));
    if (b !== bucket) {
      bucket = b;
      keep.push(r);
    } else if ((level.t[r] as number) > (level.t[keep[keep.length - 1] as number] as number)) {
      keep[keep.length - 1] = r;
    }
  }
  const pick = <A extends Float64Array | Int32Array>(src: A, dst: A): A => {
    keep.forEach((r, k) => {
      dst[k] = src[r] as number;
    });
    return dst;
  };
  return {
    u: pick(level.u, new Float64Array(keep.length)),
    t: pick(level.t, new Float64Array(keep.length)),
    parent: pick(level.parent, new Int32Array(keep.length)),
    option: pick(level.option, new Int32Array(keep.length)),
    size: keep.length,
  };
}
