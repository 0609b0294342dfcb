import type { PlacedLabel } from '../../../core/labelPlacement';

/** Lines of one SVG text, stacked from the first line's baseline. */
export function TextLines({ lines, x, lineHeight }: { lines: readonly string[]; x: number; lineHeight: number }) {
  // The trailing space keeps the words apart in the accessible text ("for the managed").
  return lines.map((line, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label never reorder
    <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
      {i < lines.length - 1 ? `${line} ` : line}
    </tspan>
  ));
}

/** A placed chart label (core/labelPlacement) as SVG text, one tspan per line. */
export function ChartLabel({
  label,
  lineHeight = 13,
  className,
}: {
  label: PlacedLabel;
  lineHeight?: number;
  className?: string;
}) {
  return (
    <text className={className} x={label.box.x} y={label.box.y + lineHeight - 3}>
      <TextLines lines={label.lines} x={label.box.x} lineHeight={lineHeight} />
    </text>
  );
}
