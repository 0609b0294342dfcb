import type { FrontierChartDrawing } from '../../../../core/frontierChart';
import { type Box, type PlacedLabel, placeLabels, wrapWords } from '../../../../core/labelPlacement';

/** The on-screen frontier chart's frame (SVG user units). */
export const FRONTIER_FRAME = { width: 660, height: 400, left: 56, right: 20, top: 22, bottom: 48 };
const PW = FRONTIER_FRAME.width - FRONTIER_FRAME.left - FRONTIER_FRAME.right;
const PH = FRONTIER_FRAME.height - FRONTIER_FRAME.top - FRONTIER_FRAME.bottom;
export const frontierPx = (x: number) => FRONTIER_FRAME.left + x * PW;
export const frontierPy = (y: number) => FRONTIER_FRAME.top + (1 - y) * PH;
export const FRONTIER_PLOT: Box = { x: FRONTIER_FRAME.left, y: FRONTIER_FRAME.top, width: PW, height: PH };

/** Sizes of the marks, shared by the drawing and the label placement so labels keep clear. */
export const MARK_RADIUS = { frontier: 4, ours: 9, received: 7, joint: 9 };

const square = (x: number, y: number, r: number): Box => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r });

/**
 * Received offers' names, whole and wrapped, placed clear of every mark (frontier packages,
 * our offers, the joint gain), of the walk-away line's caption and of each other, inside
 * the plot.
 */
export function frontierLabels(drawing: FrontierChartDrawing): PlacedLabel[] {
  const obstacles: Box[] = [
    ...drawing.frontier.map((p) => square(frontierPx(p.x), frontierPy(p.y), MARK_RADIUS.frontier)),
    ...drawing.offers.map((p) => square(frontierPx(p.x), frontierPy(p.y), MARK_RADIUS.ours)),
    square(frontierPx(drawing.jointGain.x), frontierPy(drawing.jointGain.y), MARK_RADIUS.joint),
    ...drawing.lines.map((line) => ({ x: frontierPx(line.at), y: FRONTIER_FRAME.top, width: 130, height: 16 })),
  ];
  return placeLabels(
    drawing.received.map((p) => ({
      id: p.key,
      x: frontierPx(p.x),
      y: frontierPy(p.y),
      radius: MARK_RADIUS.received,
      lines: wrapWords(p.label, 26),
    })),
    FRONTIER_PLOT,
    obstacles,
  );
}
