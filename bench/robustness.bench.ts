/**
 * Robustness benchmark. Run: npm run bench -- robustness
 *
 * 5 000 Monte Carlo draws of their weights (± 40 % each) and option scores (± 15 points)
 * on a 20 issues × 6 options deal, for four suggested MESO offers and the joint-gain
 * package, checked against the whole nominal frontier. Baseline: the package engine's
 * frontier on the same deal, measured in this run. Target: 5 000 draws under 2 s.
 */
import { maxJointGain, paretoFrontier, type ScoredIssue, suggestMesos } from '../core/meso';
import { packageRobustness } from '../core/robustness/packages';
import { mulberry32 } from '../core/robustness/prng';
import { median, verdict } from './support';

function deal(seed: number): ScoredIssue[] {
  const rand = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  return Array.from({ length: 20 }, (_, i) => ({
    id: `issue-${i}`,
    weightUs: int(1, 10),
    weightThem: int(1, 10),
    options: Array.from({ length: 6 }, (_, j) => {
      const us = int(0, 100);
      return { id: `option-${j}`, us, them: Math.min(100, Math.max(0, 100 - us + int(-10, 10))) };
    }),
  }));
}

const cpuMs = (fn: () => void): number => {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const issues = deal(20271201);
let frontier = paretoFrontier(issues);
const frontierTimes: number[] = [];
for (let run = 0; run < 5; run++) frontierTimes.push(cpuMs(() => (frontier = paretoFrontier(issues))));
const mesos = suggestMesos(issues, { target: 60, tolerance: 3, count: 4 });
const candidates = [
  ...mesos.map((p, k) => ({ id: `meso-${k}`, label: `MESO ${String.fromCharCode(65 + k)}`, choice: p.choice })),
  { id: 'joint', label: 'Joint-gain package', choice: maxJointGain(issues).choice },
];
const ranges = issues.map((i) => ({ issueId: i.id, low: i.weightThem * 0.6, high: i.weightThem * 1.4 }));
let result = packageRobustness({ issues, candidates, frontier, ranges, scoreSpread: 15, draws: 50, seed: 1 });
const drawTimes: number[] = [];
const walls: number[] = [];
for (let run = 0; run < 3; run++) {
  const wall = performance.now();
  drawTimes.push(
    cpuMs(() => {
      result = packageRobustness({ issues, candidates, frontier, ranges, scoreSpread: 15, draws: 5000, seed: 7 });
    }),
  );
  walls.push(performance.now() - wall);
}
const frontierMs = median(frontierTimes);
const drawsMs = median(drawTimes);
console.log('20 issues × 6 options, 5 000 draws, trade-off scores');
console.log(`  engine frontier (baseline): ${frontierMs.toFixed(1)} ms CPU, ${frontier.length} packages`);
console.log(
  `  5 000 draws: ${drawsMs.toFixed(0)} ms CPU, ${median(walls).toFixed(0)} ms wall (median of ${drawTimes.length}) = ${(drawsMs / frontierMs).toFixed(1)}× one frontier (target < 2 s) ${verdict(drawsMs < 2000)}`,
);
for (const c of result.candidates)
  console.log(
    `  ${c.label.padEnd(20)} their favourite in ${(c.best * 100).toFixed(1)} %, on the frontier in ${(c.frontier * 100).toFixed(1)} %`,
  );
