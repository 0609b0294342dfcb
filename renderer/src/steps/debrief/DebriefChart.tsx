import type { DebriefChartDrawing } from '../../../../core/debrief/chart';

const WIDTH = 560;
const HEIGHT = 340;
const PAD = { left: 52, right: 20, top: 20, bottom: 48 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;
const px = (x: number) => PAD.left + x * PLOT_W;
const py = (y: number) => PAD.top + (1 - y) * PLOT_H;
const pts = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The frontier as a step line, the agreed package as a filled dot, and the packages that
 * would have been better for one side without costing the other as rings, with an arrow.
 */
export function DebriefChart({ drawing }: { drawing: DebriefChartDrawing }) {
  const line = drawing.frontier.map((p) => `${px(p.x)},${py(p.y)}`).join(' ');
  const agreed = drawing.points.find((p) => p.key === 'agreed');
  return (
    <figure className="debrief-chart-figure">
      <svg
        className="debrief-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Frontier chart. ${drawing.description}`}
      >
        <defs>
          <marker
            id="debrief-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" className="chart-arrow-head" />
          </marker>
        </defs>
        <rect x={PAD.left} y={PAD.top} width={PLOT_W} height={PLOT_H} className="chart-plot" />
        {drawing.x.ticks.map((t) => (
          <g key={`x${t.value}`} className="chart-tick">
            <line x1={px(t.at)} x2={px(t.at)} y1={PAD.top} y2={PAD.top + PLOT_H} />
            <text x={px(t.at)} y={PAD.top + PLOT_H + 16} textAnchor="middle">
              {t.value}
            </text>
          </g>
        ))}
        {drawing.y.ticks.map((t) => (
          <g key={`y${t.value}`} className="chart-tick">
            <line x1={PAD.left} x2={PAD.left + PLOT_W} y1={py(t.at)} y2={py(t.at)} />
            <text x={PAD.left - 8} y={py(t.at) + 4} textAnchor="end">
              {t.value}
            </text>
          </g>
        ))}
        <text className="chart-axis-label" x={PAD.left + PLOT_W / 2} y={HEIGHT - 8} textAnchor="middle">
          Value to us (points)
        </text>
        <text
          className="chart-axis-label"
          transform={`translate(14 ${PAD.top + PLOT_H / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          Value to them, estimated (points)
        </text>
        {drawing.batna && (
          <g className="chart-batna">
            <line x1={px(drawing.batna.at)} x2={px(drawing.batna.at)} y1={PAD.top} y2={PAD.top + PLOT_H} />
            <text x={px(drawing.batna.at) + 4} y={PAD.top + 12}>
              Our BATNA
            </text>
          </g>
        )}
        <polyline className="chart-frontier" points={line} />
        {drawing.frontier.map((p) => (
          <circle key={`${p.x},${p.y}`} className="chart-frontier-point" cx={px(p.x)} cy={py(p.y)} r={3}>
            <title>
              Frontier package: {pts(p.us)} for us, {pts(p.them)} for them
            </title>
          </circle>
        ))}
        {agreed &&
          drawing.points
            .filter((p) => p.key !== 'agreed')
            .map((p) => (
              <line
                key={`arrow-${p.key}`}
                className="chart-arrow"
                x1={px(agreed.x)}
                y1={py(agreed.y)}
                x2={px(p.x)}
                y2={py(p.y)}
                markerEnd="url(#debrief-arrow)"
              />
            ))}
        {drawing.points.map((p) => (
          <g key={p.key} className={`chart-point chart-point-${p.key}`} data-point={p.key}>
            <circle cx={px(p.x)} cy={py(p.y)} r={p.key === 'agreed' ? 7 : 6} />
            <title>
              {p.label}: {pts(p.us)} for us, {pts(p.them)} for them
            </title>
          </g>
        ))}
      </svg>
      <figcaption className="chart-legend">
        <span className="legend-frontier">Frontier</span>
        <span className="legend-agreed">Agreed package</span>
        {drawing.points.length > 1 && <span className="legend-better">Better package that was possible</span>}
        {drawing.batna && <span className="legend-batna">Our BATNA</span>}
      </figcaption>
    </figure>
  );
}
