import type { DanceChart as Drawing } from '../../../core/live/danceChart';
import { svgDots, svgPoints } from '../../../core/live/danceChart';
import type { LiveSide } from '../../../core/live/model';

const W = 260;
const H = 150;
const PAD = 26;
const SIDES: LiveSide[] = ['ours', 'theirs'];
const SIDE_NAMES: Record<LiveSide, string> = { ours: 'Our offers', theirs: 'Their offers' };

function Plot(props: { title: string; x: number; children: React.ReactNode; xLabel: string; yLabel: string }) {
  return (
    <g transform={`translate(${props.x + PAD},8)`}>
      <text className="dance-title" x={0} y={-0}>
        {props.title}
      </text>
      <rect className="dance-frame" x={0} y={6} width={W} height={H} />
      <g transform="translate(0,6)">{props.children}</g>
      <text className="dance-axis" x={W} y={H + 20} textAnchor="end">
        {props.xLabel}
      </text>
      <text className="dance-axis" x={-6} y={10} textAnchor="end" transform={`rotate(-90 -6 10)`}>
        {props.yLabel}
      </text>
    </g>
  );
}

/**
 * The dance: left, each offer in order with its value to us (solid) and to them (dashed)
 * and our walk-away across; right, value to us across and to them up, with the frontier.
 */
export function DanceChart({ drawing, label }: { drawing: Drawing; label: string }) {
  const walk = drawing.walkAway;
  return (
    <svg
      className="dance-chart"
      viewBox={`0 0 ${2 * (W + PAD) + 24} ${H + 44}`}
      role="img"
      aria-label={label}
      data-offers={drawing.joint.ours.length + drawing.joint.theirs.length}
    >
      <Plot title="Offers over time" x={0} xLabel="offer →" yLabel="value">
        {walk !== null && (
          <line className="dance-walkaway" x1={0} x2={W} y1={(1 - walk) * H} y2={(1 - walk) * H}>
            <title>Our walk-away (BATNA)</title>
          </line>
        )}
        {SIDES.map((side) => (
          <g key={side} className={`dance-${side}`}>
            <title>{SIDE_NAMES[side]}</title>
            <polyline className="dance-us" points={svgPoints(drawing.timeline[side].us, W, H)} />
            <polyline className="dance-them" points={svgPoints(drawing.timeline[side].them, W, H)} />
            <path
              className="dance-dots"
              data-points={drawing.timeline[side].us.length}
              d={svgDots(drawing.timeline[side].us, W, H, 3.5)}
            />
          </g>
        ))}
      </Plot>
      <Plot title="Both sides" x={W + PAD + 24} xLabel="value to us →" yLabel="to them">
        <polyline className="dance-frontier" points={svgPoints(drawing.frontier, W, H)} />
        {walk !== null && <line className="dance-walkaway" x1={walk * W} x2={walk * W} y1={0} y2={H} />}
        {SIDES.map((side) => (
          <g key={side} className={`dance-${side}`}>
            <polyline className="dance-path" points={svgPoints(drawing.joint[side], W, H)} />
            <path className="dance-dots" d={svgDots(drawing.joint[side], W, H, 3)} />
            {drawing.joint[side].slice(-1).map((p) => (
              <circle key={p.id} data-latest={side} cx={p.x * W} cy={(1 - p.y) * H} r={4.5} />
            ))}
          </g>
        ))}
      </Plot>
    </svg>
  );
}
