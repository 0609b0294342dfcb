/**
 * Chart labels that never hide each other or the marks: a greedy placement that tries a
 * few candidate positions around each point (right, left, above, below, the diagonals,
 * then the same further out) and keeps the first whose box stays inside the plot and
 * touches no mark and no label placed before it. Labels are wrapped into lines first,
 * never shortened: a name is shown whole or not at all.
 * Coordinates are pixels with y growing downwards (SVG).
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The mark the label belongs to (its centre). */
  x: number;
  y: number;
  lines: string[];
  /** Half the mark's size: the label keeps this far from the centre, plus a gap. */
  radius: number;
}

export interface PlacedLabel {
  id: string;
  lines: string[];
  /** Where the text block's box sits (top-left); text runs left to right inside it. */
  box: Box;
  /** True when no candidate was free: the least-overlapping one was used. */
  crowded: boolean;
}

export interface LabelStyle {
  fontSize: number;
  lineHeight: number;
  /** Space between a mark's edge and its label. */
  gap: number;
}

export const DEFAULT_LABEL_STYLE: LabelStyle = { fontSize: 11, lineHeight: 13, gap: 4 };

/**
 * A conservative width for text in the UI's sans-serif: about 0.56 em a character, wider
 * for capitals. SVG has no layout engine in the printed plan, so an estimate it is.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += /[A-ZÆØÅÄÖÜ@%MW]/.test(char) ? 0.68 : /[iljt.,:;'’!|() ]/.test(char) ? 0.3 : 0.56;
  return em * fontSize;
}

/** Splits text into lines of at most `maxChars` characters at spaces; a longer word stays whole. */
export function wrapWords(text: string, maxChars: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export const boxesOverlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const overlapArea = (a: Box, b: Box): number => {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};

const inside = (box: Box, bounds: Box): boolean =>
  box.x >= bounds.x &&
  box.y >= bounds.y &&
  box.x + box.width <= bounds.x + bounds.width &&
  box.y + box.height <= bounds.y + bounds.height;

/** Candidate boxes around a mark, nearest first. */
function candidates(request: LabelRequest, width: number, height: number, gap: number): Box[] {
  const out: Box[] = [];
  for (const step of [0, 1, 2, 3]) {
    const d = request.radius + gap + step * (height + gap);
    const { x, y } = request;
    out.push(
      { x: x + d, y: y - height / 2, width, height },
      { x: x - d - width, y: y - height / 2, width, height },
      { x: x - width / 2, y: y - d - height, width, height },
      { x: x - width / 2, y: y + d, width, height },
      { x: x + d * 0.7, y: y - d * 0.7 - height, width, height },
      { x: x + d * 0.7, y: y + d * 0.7, width, height },
      { x: x - d * 0.7 - width, y: y - d * 0.7 - height, width, height },
      { x: x - d * 0.7 - width, y: y + d * 0.7, width, height },
    );
  }
  return out;
}

/**
 * Places every label (in the order given: put the most important first). Marks are
 * obstacles for every label, including their own; `obstacles` adds other boxes to keep
 * clear of (a legend, a line's caption).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  obstacles: readonly Box[] = [],
  style: LabelStyle = DEFAULT_LABEL_STYLE,
): PlacedLabel[] {
  const marks = requests.map((r) => ({
    x: r.x - r.radius,
    y: r.y - r.radius,
    width: 2 * r.radius,
    height: 2 * r.radius,
  }));
  const taken: Box[] = [...marks, ...obstacles];
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const width = Math.max(1, ...request.lines.map((line) => textWidth(line, style.fontSize)));
    const height = request.lines.length * style.lineHeight;
    const options = candidates(request, width, height, style.gap);
    const free = options.find((box) => inside(box, bounds) && !taken.some((t) => boxesOverlap(box, t)));
    let box = free;
    if (!box) {
      // Nothing free: the candidate inside the plot that covers the least.
      const scored = options
        .filter((b) => inside(b, bounds))
        .map((b) => ({ b, cost: taken.reduce((sum, t) => sum + overlapArea(b, t), 0) }))
        .sort((p, q) => p.cost - q.cost);
      box = scored[0]?.b ?? (options[0] as Box);
    }
    taken.push(box);
    placed.push({ id: request.id, lines: request.lines, box, crowded: !free });
  }
  return placed;
}
