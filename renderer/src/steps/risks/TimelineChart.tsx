import { type TimelineDrawing, type TimelineMark, timelineLayout } from '../../../../core/risks';

/** Screen colours per side, from the palette (they follow the dark theme). */
const INK: Record<TimelineMark['side'], string> = {
  ours: 'var(--chart-us-ink)',
  theirs: 'var(--chart-them-ink)',
  shared: 'var(--accent)',
  close: 'var(--ok)',
  today: 'var(--ink-soft)',
};

/** Both sides' deadlines, the close date and today on one line (core/risks/timeline.ts). */
export function TimelineChart({ drawing }: { drawing: TimelineDrawing }) {
  const layout = timelineLayout(drawing, 760);
  const { axisY } = layout;
  return (
    <figure className="timeline-chart">
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={drawing.description}>
        <line x1={layout.left} y1={axisY} x2={layout.right} y2={axisY} className="timeline-axis" />
        {layout.ticks.map((t) => (
          <g key={`${t.label}-${t.x}`}>
            <line x1={t.x} y1={axisY - 3} x2={t.x} y2={axisY + 3} className="timeline-axis" />
            <text x={t.x} y={axisY + 14} textAnchor="middle" className="timeline-tick">
              {t.label}
            </text>
          </g>
        ))}
        {layout.marks.map((m) => {
          const ink = INK[m.side];
          return (
            <g key={m.key} data-side={m.side}>
              <line
                x1={m.x}
                y1={m.stem.y1}
                x2={m.x}
                y2={m.stem.y2}
                stroke={ink}
                strokeWidth={m.hard ? 2 : 1.2}
                strokeDasharray={m.hard ? undefined : '3 2'}
              />
              {m.side !== 'today' && m.side !== 'close' && (
                <polygon
                  points={`${m.x},${axisY - 5} ${m.x + 5},${axisY} ${m.x},${axisY + 5} ${m.x - 5},${axisY}`}
                  fill={m.hard ? ink : 'var(--surface)'}
                  stroke={ink}
                  strokeWidth={1.5}
                />
              )}
              <text x={m.x} y={m.labelY} textAnchor={m.textAnchor} className="timeline-label" fill={ink}>
                {m.label}
              </text>
              <text x={m.x} y={m.labelY + 11} textAnchor={m.textAnchor} className="timeline-detail">
                {m.detail}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">
        Ours and shared above the line, theirs below · filled diamond and solid line: hard deadline, hollow and dashed:
        soft
        {drawing.undated.length > 0 && <> · not drawn yet (no date): {drawing.undated.join(', ')}</>}
      </figcaption>
    </figure>
  );
}
