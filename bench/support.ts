/** Median of a few timed runs: robust against one slow outlier on a shared machine. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'MISS';
}

/** The same seeded generator the robustness analysis uses: the same deal on every run and machine. */
export { mulberry32 as prng } from '../core/robustness/prng';
