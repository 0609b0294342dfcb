import { describe, expect, it } from 'vitest';
import type { ChartPoint, FrontierChartDrawing } from '../../core/frontierChart';
import { boxesOverlap } from '../../core/labelPlacement';
import {
  FRONTIER_PLOT,
  frontierLabels,
  frontierPx,
  frontierPy,
  MARK_RADIUS,
} from '../../renderer/src/steps/meso/frontierLabels';

const point = (kind: ChartPoint['kind'], key: string, x: number, y: number, label = key): ChartPoint => ({
  key,
  kind,
  label,
  us: x * 100,
  them: y * 100,
  x,
  y,
});

/** The crowded case from the report: received offers next to our offers, one at the right edge. */
const drawing: FrontierChartDrawing = {
  x: { min: 0, max: 100, ticks: [] },
  y: { min: 0, max: 100, ticks: [] },
  frontierLine: [],
  frontier: Array.from({ length: 12 }, (_, i) => point('frontier', `f${i}`, 0.25 + i * 0.065, 0.95 - i * 0.08)),
  offers: [point('ours', 'A', 0.7, 0.29), point('ours', 'B', 0.65, 0.44), point('ours', 'C', 0.66, 0.42)],
  received: [
    point('received', 'r1', 0.6, 0.39, 'Procurement counter after meeting 1 (Vinterberg Hotels AS, Group procurement)'),
    point('received', 'r2', 0.63, 0.41, 'Fabrikam bid 1 (Fabrikam Logistics GmbH)'),
    point('received', 'r3', 0.97, 0.05, 'Late bid at the edge'),
  ],
  jointGain: point('joint', 'joint', 0.85, 0.44),
  lines: [{ key: 'ourBatna', label: 'Our BATNA', value: 40, at: 0.4 }],
  band: null,
  arrows: [],
  description: '',
};

const around = (p: ChartPoint, r: number) => ({
  x: frontierPx(p.x) - r,
  y: frontierPy(p.y) - r,
  width: 2 * r,
  height: 2 * r,
});

describe('frontier chart labels', () => {
  const labels = frontierLabels(drawing);

  it('shows every received offer by its whole name', () => {
    expect(labels.map((l) => l.lines.join(' '))).toEqual(drawing.received.map((p) => p.label));
  });

  it('keeps every label inside the plot, clear of every mark and of each other', () => {
    const marks = [
      ...drawing.frontier.map((p) => around(p, MARK_RADIUS.frontier)),
      ...drawing.offers.map((p) => around(p, MARK_RADIUS.ours)),
      ...drawing.received.map((p) => around(p, MARK_RADIUS.received)),
      around(drawing.jointGain, MARK_RADIUS.joint),
    ];
    for (const label of labels) {
      expect(label.crowded).toBe(false);
      const { box } = label;
      expect(box.x).toBeGreaterThanOrEqual(FRONTIER_PLOT.x);
      expect(box.x + box.width).toBeLessThanOrEqual(FRONTIER_PLOT.x + FRONTIER_PLOT.width);
      expect(box.y).toBeGreaterThanOrEqual(FRONTIER_PLOT.y);
      expect(box.y + box.height).toBeLessThanOrEqual(FRONTIER_PLOT.y + FRONTIER_PLOT.height);
      for (const mark of marks) expect(boxesOverlap(box, mark)).toBe(false);
      for (const other of labels) if (other !== label) expect(boxesOverlap(box, other.box)).toBe(false);
    }
  });
});
