/**
 * Drawing data for the debrief's frontier chart: value to us across, estimated value to
 * them up, the frontier as a line, the agreed package and the better packages it missed.
 * Positions are fractions 0..1 of the plot (y upwards); the renderer maps them to pixels.
 */
import type { Package } from '../meso';
import { niceScale } from '../zopa';

export interface DebriefChartAxis {
  min: number;
  max: number;
  ticks: { value: number; at: number }[];
}

export interface DebriefChartPoint {
  key: 'agreed' | 'bestForUs' | 'bestForThem';
  label: string;
  us: number;
  them: number;
  x: number;
  y: number;
}

export interface DebriefChartDrawing {
  x: DebriefChartAxis;
  y: DebriefChartAxis;
  frontier: { x: number; y: number; us: number; them: number }[];
  points: DebriefChartPoint[];
  /** Our BATNA in points, as a vertical line, when valued and inside the axis. */
  batna: { value: number; at: number } | null;
  description: string;
}

function axis(values: number[]): DebriefChartAxis {
  const low = Math.max(0, Math.min(...values) - 5);
  const high = Math.min(100, Math.max(...values) + 5);
  const scale = niceScale(low, high > low ? high : low + 10);
  const min = Math.max(0, scale.min);
  const max = Math.min(100, scale.max) > min ? Math.min(100, scale.max) : min + scale.step;
  const ticks: DebriefChartAxis['ticks'] = [];
  for (let v = Math.ceil(min / scale.step) * scale.step; v <= max + scale.step / 1e6; v += scale.step) {
    const value = Number(v.toPrecision(12));
    ticks.push({ value, at: (value - min) / (max - min) });
  }
  return { min, max, ticks };
}

const pts = (n: number) => String(Math.round(n * 10) / 10);

export function debriefChart(input: {
  frontier: Package[];
  agreed: Package;
  bestForUs: Package;
  bestForThem: Package;
  batnaPoints: number | null;
}): DebriefChartDrawing {
  const all = [...input.frontier, input.agreed];
  const xs = all.map((p) => p.us);
  if (input.batnaPoints !== null) xs.push(input.batnaPoints);
  const x = axis(xs);
  const y = axis(all.map((p) => p.them));
  const fx = (v: number) => (v - x.min) / (x.max - x.min);
  const fy = (v: number) => (v - y.min) / (y.max - y.min);
  const same = (a: Package, b: Package) => Math.abs(a.us - b.us) < 1e-9 && Math.abs(a.them - b.them) < 1e-9;
  const points: DebriefChartPoint[] = [
    { key: 'agreed', label: 'Agreed package', us: input.agreed.us, them: input.agreed.them, x: 0, y: 0 },
  ];
  if (!same(input.bestForUs, input.agreed)) {
    points.push({ key: 'bestForUs', label: 'Better for you, as good for them', ...input.bestForUs, x: 0, y: 0 });
  }
  if (!same(input.bestForThem, input.agreed) && !same(input.bestForThem, input.bestForUs)) {
    points.push({ key: 'bestForThem', label: 'Better for them, as good for you', ...input.bestForThem, x: 0, y: 0 });
  }
  for (const p of points) {
    p.x = fx(p.us);
    p.y = fy(p.them);
  }
  const batna =
    input.batnaPoints !== null && input.batnaPoints >= x.min && input.batnaPoints <= x.max
      ? { value: input.batnaPoints, at: fx(input.batnaPoints) }
      : null;
  const description =
    `Frontier of ${input.frontier.length} package(s). The agreement is worth ${pts(input.agreed.us)} points to you ` +
    `and an estimated ${pts(input.agreed.them)} to them.` +
    (points.length > 1 ? ' A better package for at least one side existed.' : ' It lies on the frontier.');
  return {
    x,
    y,
    frontier: input.frontier.map((p) => ({ x: fx(p.us), y: fy(p.them), us: p.us, them: p.them })),
    points: points.map(({ key, label, us, them, x: px, y: py }) => ({ key, label, us, them, x: px, y: py })),
    batna,
    description,
  };
}
