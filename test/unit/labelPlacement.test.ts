import { describe, expect, it } from 'vitest';
import { boxesOverlap, type LabelRequest, placeLabels, textWidth, wrapWords } from '../../core/labelPlacement';

const bounds = { x: 0, y: 0, width: 400, height: 300 };
const request = (id: string, x: number, y: number, text = `Label ${id}`): LabelRequest => ({
  id,
  x,
  y,
  lines: [text],
  radius: 6,
});
const markBox = (r: LabelRequest) => ({
  x: r.x - r.radius,
  y: r.y - r.radius,
  width: 2 * r.radius,
  height: 2 * r.radius,
});

describe('wrapWords', () => {
  it('breaks at spaces and never shortens a word', () => {
    expect(wrapWords('Fabrikam bid 1 (Fabrikam Logistics GmbH)', 16)).toEqual([
      'Fabrikam bid 1',
      '(Fabrikam',
      'Logistics GmbH)',
    ]);
    expect(wrapWords('Supercalifragilistic', 8)).toEqual(['Supercalifragilistic']);
    expect(wrapWords('  ', 8)).toEqual([]);
  });
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its mark', () => {
    const [label] = placeLabels([request('a', 100, 100)], bounds);
    expect(label?.crowded).toBe(false);
    expect(label?.box.x).toBeGreaterThan(106);
    expect(label?.box.y).toBeLessThan(100);
  });

  it('keeps a cluster of labels clear of each other and of every mark', () => {
    // Four offers almost on top of each other, as offers A, C and D were in the report.
    const cluster = [request('A', 200, 150), request('C', 204, 152), request('D', 198, 156), request('B', 210, 146)];
    const placed = placeLabels(cluster, bounds);
    for (const [i, p] of placed.entries()) {
      expect(p.crowded).toBe(false);
      for (const mark of cluster.map(markBox)) expect(boxesOverlap(p.box, mark)).toBe(false);
      for (const other of placed.slice(i + 1)) expect(boxesOverlap(p.box, other.box)).toBe(false);
    }
  });

  it('stays inside the plot: a point at the right edge gets its label on the left', () => {
    const [label] = placeLabels([request('edge', 395, 150, 'Largest joint gain')], bounds);
    expect(label?.box.x).toBeGreaterThanOrEqual(0);
    expect((label?.box.x ?? 0) + (label?.box.width ?? 0)).toBeLessThanOrEqual(400);
    expect((label?.box.x ?? 0) + (label?.box.width ?? 0)).toBeLessThanOrEqual(395 - 6);
  });

  it('steers clear of extra obstacles such as a line caption', () => {
    const caption = { x: 100, y: 80, width: 120, height: 40 };
    const [label] = placeLabels([request('a', 100, 100)], bounds, [caption]);
    expect(boxesOverlap(label?.box ?? caption, caption)).toBe(false);
  });

  it('marks a label crowded (and still shows it, least covered) when no place is free', () => {
    const tiny = { x: 0, y: 0, width: 60, height: 30 };
    const placed = placeLabels([request('a', 30, 15, 'A long label that cannot fit')], tiny);
    expect(placed).toHaveLength(1);
    expect(placed[0]?.crowded).toBe(true);
  });

  it('sizes multi-line labels by their longest line', () => {
    const [label] = placeLabels([{ id: 'x', x: 50, y: 50, radius: 5, lines: ['short', 'a much longer line'] }], bounds);
    expect(label?.box.width).toBeCloseTo(textWidth('a much longer line', 11));
    expect(label?.box.height).toBe(26);
  });
});
