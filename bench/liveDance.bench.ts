/**
 * Live table benchmark. Run: npm run bench -- liveDance
 *
 * What the live screen does on the main thread when an offer is logged, for a deal of
 * 20 issues × 6 options with 60 offers on the table: score every offer against the plan
 * (values, standing per issue, nearest better-for-both package on the full frontier),
 * rebuild the dance (concessions, reciprocity, gap), lay out the chart and render its SVG
 * markup. Baseline, measured in the same run: rendering the empty chart. The frontier itself
 * is computed once per session in the MESO worker and is reported apart.
 * Target: the update within one frame (16 ms). A miss prints MISS.
 */
import type { Issue } from '../core/issues';
import { ISSUE_DETAIL_DEFAULTS, OPTION_DETAIL_DEFAULTS, toMesoIssues } from '../core/issues';
import { danceOf } from '../core/live/dance';
import { danceChart } from '../core/live/danceChart';
import type { LiveChoices, LiveSide } from '../core/live/model';
import { fullPackages } from '../core/live/packages';
import { livePlan, scoreOffer } from '../core/live/score';
import { paretoFrontier } from '../core/meso';
import { median, prng, verdict } from './support';

// React as the built app runs it: `npm run bench` sets NODE_ENV=production for the JSX transform too.
if (process.env.NODE_ENV !== 'production')
  console.log('NODE_ENV is not production: React runs its slower development build.');
// Loaded by path: the Node-side type-check has no JSX or DOM; the screen's component needs both.
const chartModule = new URL('../renderer/src/live/danceMarkup.ts', import.meta.url).pathname;
const { danceMarkup } = (await import(/* @vite-ignore */ chartModule)) as {
  danceMarkup(drawing: ReturnType<typeof danceChart>): string;
};

const rand = prng(16);
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const issues: Issue[] = Array.from({ length: 20 }, (_, i) => ({
  id: `issue-${i}`,
  dealId: 'deal',
  name: `Issue ${i}`,
  category: 'other',
  weightUs: int(1, 10),
  weightThem: int(1, 10),
  tradeable: false,
  redLine: false,
  notes: '',
  ...ISSUE_DETAIL_DEFAULTS,
  position: i,
  options: Array.from({ length: 6 }, (_, j) => {
    const us = int(0, 100);
    return {
      id: `option-${i}-${j}`,
      issueId: `issue-${i}`,
      label: `${(j + 1) * 10} days`,
      ourScore: us,
      theirScore: Math.min(100, Math.max(0, 100 - us + int(-15, 15))),
      ...OPTION_DETAIL_DEFAULTS,
      position: j,
    };
  }),
}));
const plan = livePlan({
  issues,
  ourSide: 'selling',
  batna: { mainIssueId: 'issue-0', betterDirection: null, ourReservation: 20, ourTarget: 50, ourValuePoints: 40 },
  targetPoints: 60,
});

// The first offers name every issue; later ones change two or three, the rest carry over.
const offers: { id: string; side: LiveSide; choices: LiveChoices }[] = Array.from({ length: 60 }, (_, k) => {
  const named = k < 2 ? issues : Array.from({ length: int(2, 3) }, () => issues[int(0, 19)] as Issue);
  return {
    id: `offer-${k}`,
    side: k % 2 === 0 ? 'ours' : 'theirs',
    choices: Object.fromEntries(named.map((i) => [i.id, `option-${i.position}-${int(0, 5)}`])),
  };
});

let started = performance.now();
const frontier = paretoFrontier(toMesoIssues(issues));
const frontierMs = performance.now() - started;

/** What logging one more offer costs the screen: every offer scored, the dance rebuilt and drawn. */
function update(): string {
  const packages = fullPackages(offers);
  const scores = packages.map((full) => scoreOffer(plan, full, frontier));
  const dance = danceOf(
    offers.map((o, i) => ({ id: o.id, side: o.side, us: scores[i]?.us ?? null, them: scores[i]?.them ?? null })),
  );
  return danceMarkup(danceChart(dance, frontier, plan.ourBatnaPoints));
}
/** The same chart with no offers: what any redraw costs. */
function emptyRedraw(): string {
  return danceMarkup(danceChart(danceOf([]), frontier, plan.ourBatnaPoints));
}

const time = (f: () => unknown, runs: number) =>
  median(
    Array.from({ length: runs }, () => {
      started = performance.now();
      f();
      return performance.now() - started;
    }),
  );
for (let i = 0; i < 20; i++) {
  update();
  emptyRedraw();
}
const empty = time(emptyRedraw, 41);
const full = time(update, 41);
const scoreOnly = time(() => fullPackages(offers).map((full) => scoreOffer(plan, full, frontier)), 41);
const markup = update();
const drawn = [...markup.matchAll(/data-points="(\d+)"/g)].reduce((sum, m) => sum + Number(m[1]), 0);
if (drawn !== 60) throw new Error(`the chart drew ${drawn} of 60 offers`);

console.log(`frontier (once per session, in the worker): ${frontierMs.toFixed(1)} ms, ${frontier.length} packages`);
console.log(`empty redraw (baseline):                    ${empty.toFixed(2)} ms`);
console.log(`score 60 offers + dance + chart + SVG:       ${full.toFixed(2)} ms`);
console.log(`  of which scoring the 60 offers:            ${scoreOnly.toFixed(2)} ms`);
console.log(`ratio to the empty redraw:                   ${(full / empty).toFixed(1)}×`);
console.log(`one frame (16 ms): ${verdict(full < 16)}`);
if (full >= 16) process.exitCode = 1;
