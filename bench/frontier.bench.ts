/**
 * Pareto frontier benchmark. Run: npx vite-node bench/frontier.bench.ts
 *
 * 1. 8 issues × 5 options (390 625 packages): the merge-based frontier against brute-force
 *    enumeration, both measured in this run. Target: ≥ 50× faster.
 * 2. 20 issues × 6 options (3.7 × 10^15 packages, beyond enumeration): time, frontier size
 *    and memory. Targets: < 250 ms, < 100 MB.
 * Exits non-zero only if a result is wrong; a missed target prints MISS.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type Package, packageValue, paretoFrontier, type ScoredIssue } from '../core/meso';
import { mulberry32 } from '../core/robustness/prng';
import { bruteForceFrontier, EPS, enumerateAll, type Pair } from '../test/support/bruteForce';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const prng = mulberry32;

const randInt = (rand: () => number, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

/** Integer weights ≥ 1 summing to exactly `total`. */
function weightsSummingTo(rand: () => number, count: number, total: number): number[] {
  const weights = Array.from({ length: count }, () => 1);
  for (let k = count; k < total; k++) {
    const i = randInt(rand, 0, count - 1);
    weights[i] = (weights[i] as number) + 1;
  }
  return weights;
}

/**
 * 'independent': us and them scores drawn separately (small frontiers).
 * 'trade-off': them ≈ 100 − us ± 10, the usual shape of a negotiated issue (large frontiers).
 */
type Shape = 'independent' | 'trade-off';

function instance(shape: Shape, seed: number, issues: number, options: number, weightTotal?: number): ScoredIssue[] {
  const rand = prng(seed);
  const score = (): { us: number; them: number } => {
    const us = randInt(rand, 0, 100);
    const them =
      shape === 'independent' ? randInt(rand, 0, 100) : Math.min(100, Math.max(0, 100 - us + randInt(rand, -10, 10)));
    return { us, them };
  };
  const wUs = weightTotal ? weightsSummingTo(rand, issues, weightTotal) : null;
  const wThem = weightTotal ? weightsSummingTo(rand, issues, weightTotal) : null;
  return Array.from({ length: issues }, (_, i) => ({
    id: `issue-${i}`,
    weightUs: wUs ? (wUs[i] as number) : randInt(rand, 1, 10),
    weightThem: wThem ? (wThem[i] as number) : randInt(rand, 1, 10),
    options: Array.from({ length: options }, (_, j) => ({ id: `option-${j}`, ...score() })),
  }));
}

const ms = (ns: bigint): number => Number(ns) / 1e6;
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const signedMb = (bytes: number): string => `${bytes >= 0 ? '+' : '−'}${mb(Math.abs(bytes))}`;
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { value, ms: ms(process.hrtime.bigint() - start) };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

let failed = false;
const fail = (message: string): void => {
  console.error(`FAIL: ${message}`);
  failed = true;
};

// ── 1. 8 × 5 against brute force ────────────────────────────────────────────────────────
function againstBruteForce(shape: Shape): void {
  const issues = instance(shape, 20261121, 8, 5);
  const bruteTimes: number[] = [];
  const frontierTimes: number[] = [];
  let brute: Pair[] = [];
  let frontier: Package[] = [];
  // Warm both up first so the ratio compares optimised code with optimised code.
  for (let run = 0; run < 4; run++) {
    const b = timed(() => bruteForceFrontier(issues, enumerateAll(issues)));
    if (run > 0) bruteTimes.push(b.ms);
    brute = b.value;
  }
  for (let run = 0; run < 25; run++) {
    const f = timed(() => paretoFrontier(issues));
    if (run > 4) frontierTimes.push(f.ms);
    frontier = f.value;
  }
  const same =
    brute.length === frontier.length &&
    frontier.every((p, k) => {
      const r = brute[k] as Pair;
      return Math.abs(p.us - r.us) <= EPS && Math.abs(p.them - r.them) <= EPS;
    });
  if (!same) fail(`8×5 ${shape} frontier (${frontier.length} pairs) differs from brute force (${brute.length} pairs)`);
  const bruteMs = median(bruteTimes);
  const frontierMs = median(frontierTimes);
  const ratio = bruteMs / frontierMs;
  console.log(`8 issues × 5 options (390 625 packages, integer weights and scores, ${shape} scores)`);
  console.log(`  brute force: ${bruteMs.toFixed(1)} ms (median of ${bruteTimes.length})`);
  console.log(`  frontier:    ${frontierMs.toFixed(2)} ms (median of ${frontierTimes.length})`);
  console.log(`  same result: ${same ? 'yes' : 'NO'} (${frontier.length} pairs)`);
  console.log(`  frontier is ${ratio.toFixed(0)}× faster than brute force (target ≥ 50×) ${verdict(ratio >= 50)}`);
}

// ── 2. 20 × 6, weights summing to 100 ───────────────────────────────────────────────────
async function large(shape: Shape): Promise<void> {
  const issues = instance(shape, 7, 20, 6, 100);
  // If no GC runs during the call, the heapUsed delta is everything it allocated, an upper
  // bound on its peak; otherwise the delta may understate the peak, so say so.
  let gcRuns = 0;
  const observer = new PerformanceObserver((list) => {
    gcRuns += list.getEntries().length;
  });
  gc();
  observer.observe({ entryTypes: ['gc'] });
  const before = process.memoryUsage();
  const first = timed(() => paretoFrontier(issues));
  const after = process.memoryUsage();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const heapDelta = after.heapUsed - before.heapUsed;
  const rssDelta = after.rss - before.rss;
  const frontier = first.value;
  const times = [first.ms];
  for (let run = 0; run < 4; run++) times.push(timed(() => paretoFrontier(issues)).ms);
  const worst = Math.max(...times);

  // Cheap sanity checks (no brute force possible): real packages, us descending, them ascending.
  frontier.forEach((p, k) => {
    const v = packageValue(issues, p.choice);
    if (v.us !== p.us || v.them !== p.them)
      fail(`20×6 ${shape} package ${k} reports (${p.us}, ${p.them}), is worth (${v.us}, ${v.them})`);
    const next = frontier[k + 1];
    if (next && !(next.us < p.us && next.them > p.them)) fail(`20×6 ${shape} frontier not strictly ordered at ${k}`);
  });

  console.log(`20 issues × 6 options (3.7 × 10^15 packages, integer weights summing to 100, ${shape} scores)`);
  console.log(
    `  frontier: ${first.ms.toFixed(1)} ms first run, ${median(times).toFixed(1)} ms median of ${times.length} (target < 250 ms) ${verdict(worst < 250)}`,
  );
  console.log(`  frontier size: ${frontier.length} packages`);
  const gcNote = gcRuns === 0 ? 'no GC during the call: total allocation' : `${gcRuns} GC(s) during the call`;
  console.log(
    `  memory: heapUsed ${signedMb(heapDelta)} (${gcNote}), rss ${signedMb(rssDelta)} to ${mb(after.rss)} (target < 100 MB) ${verdict(heapDelta < 100 * 2 ** 20 && rssDelta < 100 * 2 ** 20)}`,
  );
}

for (const shape of ['independent', 'trade-off'] as const) againstBruteForce(shape);
for (const shape of ['independent', 'trade-off'] as const) await large(shape);
if (failed) process.exit(1);
