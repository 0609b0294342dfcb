/**
 * Reference implementations for the package engine, by full enumeration. Deliberately
 * independent of core/meso internals: the only shared idea is the arithmetic contract
 * (raw sums of weight × score in issue order, divided by the weight total at the end).
 */
import type { ScoredIssue } from '../../core/meso';

export const EPS = 1e-9;

export interface Enumerated {
  issueCount: number;
  size: number;
  us: Float64Array;
  them: Float64Array;
  /** Option index per issue, package k at [k * issueCount, (k + 1) * issueCount). */
  picks: Uint16Array;
}

export interface Pair {
  us: number;
  them: number;
}

export function enumerateAll(issues: readonly ScoredIssue[]): Enumerated {
  const n = issues.length;
  const radix = issues.map((issue) => issue.options.length);
  const size = radix.reduce((a, b) => a * b, 1);
  let totalUs = 0;
  let totalThem = 0;
  for (const issue of issues) {
    totalUs += issue.weightUs;
    totalThem += issue.weightThem;
  }
  const us = new Float64Array(size);
  const them = new Float64Array(size);
  const picks = new Uint16Array(size * n);
  const current = new Array<number>(n).fill(0);
  for (let k = 0; k < size; k++) {
    let u = 0;
    let t = 0;
    for (let i = 0; i < n; i++) {
      const issue = issues[i] as ScoredIssue;
      const option = issue.options[current[i] as number];
      if (option === undefined) throw new Error('unreachable');
      u += issue.weightUs * option.us;
      t += issue.weightThem * option.them;
      picks[k * n + i] = current[i] as number;
    }
    us[k] = u / totalUs;
    them[k] = t / totalThem;
    for (let i = n - 1; i >= 0; i--) {
      const next = (current[i] as number) + 1;
      if (next < (radix[i] as number)) {
        current[i] = next;
        break;
      }
      current[i] = 0;
    }
  }
  return { issueCount: n, size, us, them, picks };
}

export function choiceOf(issues: readonly ScoredIssue[], all: Enumerated, k: number): Record<string, string> {
  return Object.fromEntries(
    issues.map((issue, i) => [issue.id, issue.options[all.picks[k * all.issueCount + i] as number]?.id ?? '?']),
  );
}

/** Q beats P: at least as good on both sides, clearly better on one (values within EPS are equal). */
export const beats = (q: Pair, p: Pair): boolean =>
  q.us >= p.us - EPS && q.them >= p.them - EPS && (q.us > p.us + EPS || q.them > p.them + EPS);

/**
 * Non-dominated distinct pairs, us descending. First the exact skyline (the classic
 * sort-and-sweep over every package), then the EPS-tolerant definition applied literally,
 * pair against pair: anything that EPS-beats a package is itself matched or bettered by a
 * skyline member, so checking against the skyline alone is enough.
 */
export function bruteForceFrontier(issues: readonly ScoredIssue[], all = enumerateAll(issues)): Pair[] {
  const order = Array.from({ length: all.size }, (_, k) => k);
  order.sort(
    (a, b) => (all.us[b] as number) - (all.us[a] as number) || (all.them[b] as number) - (all.them[a] as number),
  );
  const skyline: Pair[] = [];
  let maxThem = Number.NEGATIVE_INFINITY;
  for (const k of order) {
    const t = all.them[k] as number;
    if (t > maxThem) {
      maxThem = t;
      skyline.push({ us: all.us[k] as number, them: t });
    }
  }
  const undominated = skyline.filter((p) => !skyline.some((q) => beats(q, p)));
  const distinct: Pair[] = [];
  for (const p of undominated) {
    if (!distinct.some((q) => Math.abs(q.us - p.us) <= EPS && Math.abs(q.them - p.them) <= EPS)) distinct.push(p);
  }
  return distinct;
}

export function bruteForceMaxJoint(issues: readonly ScoredIssue[], all = enumerateAll(issues)): number {
  let best = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < all.size; k++) best = Math.max(best, (all.us[k] as number) + (all.them[k] as number));
  return best;
}

export interface BandSpec {
  target: number;
  tolerance: number;
  floor?: number;
}

export const inBand = (us: number, band: BandSpec): boolean =>
  Math.abs(us - band.target) <= band.tolerance && (band.floor === undefined || us >= band.floor);

/** Indices of every package in the band. */
export function packagesInBand(all: Enumerated, band: BandSpec): number[] {
  const out: number[] = [];
  for (let k = 0; k < all.size; k++) if (inBand(all.us[k] as number, band)) out.push(k);
  return out;
}

/** Some package in the band beats p (linear scan over the band). */
export function dominatedInBand(all: Enumerated, band: readonly number[], p: Pair): boolean {
  return band.some((k) => beats({ us: all.us[k] as number, them: all.them[k] as number }, p));
}
