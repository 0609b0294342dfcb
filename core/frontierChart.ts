/**
 * Drawing data for the frontier chart (value to us across, estimated value to them up),
 * shared by the MESO screen and the printed plan: scales, the frontier line, every point
 * with its label, the walk-away line and the target band. Positions are fractions 0..1
 * of the plot, y growing upwards; each renderer maps them to its own pixels.
 */
import type { Package } from './meso';
import type { MesoAnalysis } from './mesoAnalysis';
import { niceScale } from './zopa';

export interface ChartAxis {
  min: number;
  max: number;
  ticks: { value: number; at: number }[];
}

export type ChartPointKind = 'frontier' | 'ours' | 'received' | 'joint';

export interface ChartPoint {
  key: string;
  kind: ChartPointKind;
  label: string;
  us: number;
  them: number;
  x: number;
  y: number;
  /** The package behind the point (frontier and joint-gain points). */
  choice?: Record<string, string>;
}

export interface FrontierChartDrawing {
  x: ChartAxis;
  y: ChartAxis;
  frontierLine: { x: number; y: number }[];
  frontier: ChartPoint[];
  offers: ChartPoint[];
  received: ChartPoint[];
  jointGain: ChartPoint;
  /** Vertical lines at a value to us (our walk-away). */
  lines: { key: string; label: string; value: number; at: number }[];
  /** Target ± tolerance, across. */
  band: { from: number; to: number } | null;
  /** From a received offer to the nearest package better for both sides. */
  arrows: { from: { x: number; y: number }; to: { x: number; y: number }; offerId: string }[];
  /** Screen-reader summary. */
  description: string;
}

function axis(values: number[]): ChartAxis {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 10;
  const scale = niceScale(Math.max(0, low - span * 0.08), Math.min(100, high + span * 0.08));
  const min = Math.max(0, scale.min);
  const max = Math.min(100, scale.max) > min ? Math.min(100, scale.max) : min + scale.step;
  const ticks: ChartAxis['ticks'] = [];
  for (let value = Math.ceil(min / scale.step) * scale.step; value <= max + scale.step / 1e6; value += scale.step) {
    const rounded = Number(value.toPrecision(12));
    ticks.push({ value: rounded, at: (rounded - min) / (max - min) });
  }
  return { min, max, ticks };
}

const points = (n: number) => `${Math.round(n * 10) / 10}`;

export function frontierChart(analysis: Extract<MesoAnalysis, { ready: true }>): FrontierChartDrawing {
  const scored = analysis.offers.filter(
    (o): o is typeof o & { us: number; them: number } => o.us !== null && o.them !== null,
  );
  const xs = [
    ...analysis.frontier.map((p) => p.us),
    ...scored.map((o) => o.us),
    analysis.range.minUs,
    analysis.range.maxUs,
  ];
  const ys = [
    ...analysis.frontier.map((p) => p.them),
    ...scored.map((o) => o.them),
    analysis.range.minThem,
    analysis.range.maxThem,
  ];
  const batna = analysis.reference.ourBatnaPoints;
  if (batna !== null) xs.push(batna);
  const x = axis(xs);
  const y = axis(ys);
  const fx = (us: number) => (us - x.min) / (x.max - x.min);
  const fy = (them: number) => (them - y.min) / (y.max - y.min);
  const at = (p: { us: number; them: number }) => ({ x: fx(p.us), y: fy(p.them) });

  const frontier: ChartPoint[] = analysis.frontier.map((p: Package, k) => ({
    key: `frontier-${k}`,
    kind: 'frontier',
    label: `Frontier package ${k + 1}`,
    us: p.us,
    them: p.them,
    choice: p.choice,
    ...at(p),
  }));
  const offerPoint = (o: (typeof scored)[number]): ChartPoint => ({
    key: o.id,
    kind: o.kind,
    label: o.kind === 'received' && o.fromName ? `${o.label} (${o.fromName})` : o.label,
    us: o.us,
    them: o.them,
    ...at(o),
  });
  const joint = analysis.maxJointGain;
  const band =
    analysis.target.target - analysis.tolerance > x.max || analysis.target.target + analysis.tolerance < x.min
      ? null
      : {
          from: Math.max(0, fx(analysis.target.target - analysis.tolerance)),
          to: Math.min(1, fx(analysis.target.target + analysis.tolerance)),
        };
  const offers = scored.filter((o) => o.kind === 'ours').map(offerPoint);
  const received = scored.filter((o) => o.kind === 'received').map(offerPoint);
  // Only for received offers: ours sit at the target on purpose, often below the frontier.
  const arrows = scored.flatMap((o) =>
    o.kind === 'received' && o.betterDeal ? [{ from: at(o), to: at(o.betterDeal), offerId: o.id }] : [],
  );
  const description =
    `Pareto frontier of ${analysis.frontierSize} package(s), value to us from ${points(analysis.frontier.at(-1)?.us ?? 0)} ` +
    `to ${points(analysis.frontier[0]?.us ?? 0)} points. ` +
    offers.map((o) => `${o.label}: ${points(o.us)} to us, ${points(o.them)} to them. `).join('') +
    received.map((o) => `Received ${o.label}: ${points(o.us)} to us, ${points(o.them)} to them. `).join('') +
    `Largest joint gain: ${points(joint.us)} to us, ${points(joint.them)} to them.`;
  return {
    x,
    y,
    frontierLine: frontier.map((p) => ({ x: p.x, y: p.y })),
    frontier,
    offers,
    received,
    jointGain: {
      key: 'joint',
      kind: 'joint',
      label: 'Largest joint gain',
      us: joint.us,
      them: joint.them,
      choice: joint.choice,
      ...at(joint),
    },
    lines: batna === null ? [] : [{ key: 'ourBatna', label: 'Our BATNA', value: batna, at: fx(batna) }],
    band,
    arrows,
    description,
  };
}
