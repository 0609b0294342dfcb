/**
 * Drawing data for the dance chart: two small plots on fixed 0–100 scales, so a new offer
 * never rescales what was already drawn. The timeline has the offers in order (value to us,
 * and to them dashed) with our walk-away across; the joint plot has value to us across and
 * to them up, the frontier and each side's path. Positions are fractions 0..1, y upwards.
 */
import type { Package } from '../meso';
import { thinFrontier } from '../mesoAnalysis';
import type { Dance } from './dance';
import type { LiveSide } from './model';

export interface DancePoint {
  id: string;
  side: LiveSide;
  x: number;
  y: number;
}

export interface DanceChart {
  /** Slots across the timeline (at least 6, so the first offers do not stretch). */
  slots: number;
  timeline: Record<LiveSide, { us: DancePoint[]; them: DancePoint[] }>;
  joint: Record<LiveSide, DancePoint[]>;
  frontier: { x: number; y: number }[];
  /** Our BATNA in points as a fraction (timeline: y; joint plot: x); null when unknown. */
  walkAway: number | null;
}

const at = (v: number) => Math.min(1, Math.max(0, v / 100));

export function danceChart(
  dance: Dance,
  frontier: readonly Package[] | null,
  ourBatnaPoints: number | null,
): DanceChart {
  const slots = Math.max(6, dance.moves.length);
  const step = slots > 1 ? 1 / (slots - 1) : 0;
  const timeline: DanceChart['timeline'] = { ours: { us: [], them: [] }, theirs: { us: [], them: [] } };
  const joint: DanceChart['joint'] = { ours: [], theirs: [] };
  dance.moves.forEach((m, i) => {
    const x = i * step;
    timeline[m.side].us.push({ id: m.id, side: m.side, x, y: at(m.us) });
    timeline[m.side].them.push({ id: m.id, side: m.side, x, y: at(m.them) });
    joint[m.side].push({ id: m.id, side: m.side, x: at(m.us), y: at(m.them) });
  });
  return {
    slots,
    timeline,
    joint,
    // The frontier can hold thousands of packages; 160 points draw the same line.
    frontier: thinFrontier(frontier ?? []).map((p) => ({ x: at(p.us), y: at(p.them) })),
    walkAway: ourBatnaPoints === null ? null : at(ourBatnaPoints),
  };
}

/** A polyline's `points` attribute for a plot of `w` × `h` pixels (y flipped). */
export function svgPoints(points: readonly { x: number; y: number }[], w: number, h: number): string {
  let out = '';
  for (const p of points) out += `${out ? ' ' : ''}${(p.x * w).toFixed(1)},${((1 - p.y) * h).toFixed(1)}`;
  return out;
}

/**
 * Every point of a series as one path of small circles: one SVG element however many
 * offers were made, so a redraw stays cheap at 60 offers.
 */
export function svgDots(points: readonly { x: number; y: number }[], w: number, h: number, r: number): string {
  let out = '';
  for (const p of points) {
    const x = p.x * w - r;
    const y = (1 - p.y) * h;
    out += `M${x.toFixed(1)},${y.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
  return out;
}
