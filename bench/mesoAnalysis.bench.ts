/**
 * MESO screen benchmark. Run: npx vite-node bench/mesoAnalysis.bench.ts
 *
 * What the MESO worker does for a deal of 20 issues × 6 options (weights summing to 100,
 * integer scores), with 3 offers of ours and 2 received: the whole analysis (frontier,
 * joint gain, offer values, better-for-both), "Suggest offers", the chart data, and the
 * structured clone that postMessage pays to hand the result back. Baseline, measured in
 * the same run: paretoFrontier alone, so the ratio is the analysis's overhead over the engine.
 * Targets: analysis < 250 ms, suggestions < 500 ms, clone < 10 ms. A miss prints MISS.
 */
import { frontierChart } from '../core/frontierChart';
import { ISSUE_DETAIL_DEFAULTS, type Issue, OPTION_DETAIL_DEFAULTS } from '../core/issues';
import { paretoFrontier } from '../core/meso';
import { analyseMeso, type MesoAnalysisInput, suggestOffers } from '../core/mesoAnalysis';
import { MESO_SETTINGS_DEFAULTS } from '../core/mesoOffers';
import { mulberry32 } from '../core/robustness/prng';

const prng = mulberry32;

function deal(seed: number, tradeOff: boolean): MesoAnalysisInput {
  const rand = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const issues: Issue[] = Array.from({ length: 20 }, (_, i) => ({
    id: `issue-${i}`,
    dealId: 'deal',
    name: `Issue ${i}`,
    category: 'other',
    weightUs: 5,
    weightThem: 5,
    tradeable: false,
    redLine: false,
    notes: '',
    ...ISSUE_DETAIL_DEFAULTS,
    position: i,
    options: Array.from({ length: 6 }, (_, j) => {
      const us = int(0, 100);
      const them = tradeOff ? Math.min(100, Math.max(0, 100 - us + int(-10, 10))) : int(0, 100);
      return {
        id: `option-${i}-${j}`,
        issueId: `issue-${i}`,
        label: `${j}`,
        ourScore: us,
        theirScore: them,
        ...OPTION_DETAIL_DEFAULTS,
        position: j,
      };
    }),
  }));
  for (let k = 0; k < 60; k++) {
    const a = issues[int(0, 19)] as Issue;
    const b = issues[int(0, 19)] as Issue;
    if (a.weightUs > 1) {
      a.weightUs--;
      b.weightUs++;
    }
    const c = issues[int(0, 19)] as Issue;
    const d = issues[int(0, 19)] as Issue;
    if (c.weightThem > 1) {
      c.weightThem--;
      d.weightThem++;
    }
  }
  const offer = (id: string, kind: 'ours' | 'received') => ({
    id,
    kind,
    label: id,
    fromName: '',
    choices: Object.fromEntries(issues.map((issue) => [issue.id, issue.options[int(0, 5)]?.id ?? ''])),
  });
  return {
    issues,
    offers: [
      offer('A', 'ours'),
      offer('B', 'ours'),
      offer('C', 'ours'),
      offer('R1', 'received'),
      offer('R2', 'received'),
    ],
    settings: { ...MESO_SETTINGS_DEFAULTS, suggestCount: 4 },
    batna: { ourValuePoints: 35, ourValueMoney: null, theirValueMoney: null },
  };
}

function time<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let value = fn(); // warm-up
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    value = fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, value };
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
for (const tradeOff of [false, true]) {
  const input = deal(2027, tradeOff);
  const engineIssues = input.issues.map((i) => ({
    id: i.id,
    weightUs: i.weightUs,
    weightThem: i.weightThem,
    options: i.options.map((o) => ({ id: o.id, us: o.ourScore ?? 0, them: o.theirScore ?? 0 })),
  }));
  analyseMeso(input); // warm the shared engine code before the baseline, so neither pays for the JIT
  const baseline = time(7, () => paretoFrontier(engineIssues));
  const analysis = time(7, () => analyseMeso(input));
  const suggestion = time(5, () => suggestOffers(input));
  const result = analysis.value;
  if (!result.ready) throw new Error(result.reason);
  const chart = time(21, () => frontierChart(result));
  const clone = time(21, () => structuredClone(result));
  console.log(`20 issues × 6 options, ${tradeOff ? 'trade-off' : 'independent'} scores, 5 offers`);
  console.log(`  frontier alone (baseline): ${baseline.ms.toFixed(1)} ms, ${baseline.value.length} packages`);
  console.log(
    `  whole analysis:            ${analysis.ms.toFixed(1)} ms (${(analysis.ms / baseline.ms).toFixed(2)}× the baseline) ${verdict(analysis.ms < 250)}`,
  );
  console.log(
    `  suggest offers:            ${suggestion.ms.toFixed(1)} ms, ${suggestion.value.packages.length} packages ${verdict(suggestion.ms < 500)}`,
  );
  console.log(`  chart data:                ${chart.ms.toFixed(2)} ms, ${result.frontier.length} points drawn`);
  console.log(`  structured clone:          ${clone.ms.toFixed(2)} ms ${verdict(clone.ms < 10)}`);
}
